#!/usr/bin/python3
"""Validates vigil's verb dictionary (PETRARCH-2 verb format).

    /usr/bin/python3 data/verbs/check.py [FILE]     # default: data/verbs/vigil.verbs.txt

Checks: the synset / pattern sections; every synset line; every block header, verb line
(balanced braces, forms well formed) and pattern line (one '*', balanced and unnested
groups, known element kinds, a code); every code exists in the CAMEO codebook (read from
../shared/reference/cameo-codebook.csv when present, else skipped with a message);
every &SYNSET used is defined; no verb form belongs to two blocks; no pattern repeats in
a block. Reports blocks, verbs, patterns and codebook coverage, and — when ../shared is
present — how many normalised lines the file shares with the third-party PETRARCH verb
dictionaries (read only to measure; nothing from them is used). Exit status 1 on errors.
"""

import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("VIGIL_SHARED_DIR", os.path.join(os.path.dirname(ROOT), "shared"))
CODEBOOK = os.path.join(SHARED, "reference", "cameo-codebook.csv")
THIRD_PARTY = [os.path.join(SHARED, "external", "petrarch2", n)
               for n in ("CAMEO.2.0.txt", "PETR.Validate.verbs.txt")]

CODE_RE = r"(?:---|\d{2,4}[A-Z]?)"
WORD_RE = re.compile(r"^[A-Z0-9][A-Z0-9'\-_.]*$")
SYNSET_RE = re.compile(r"^&[A-Z0-9_]+$")


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, line, msg):
        self.errors.append("%d: %s" % (line, msg))

    def warn(self, line, msg):
        self.warnings.append("%d: %s" % (line, msg))


# The words vigil's coder (like PETRARCH) steps over after the verb before comparing
# (src/events/patterns.cc): a pattern naming one after "*" can never match.
SKIPPED_AFTER_VERB = {"THE", "A", "AN", "IT", "HE", "THEY", "HER", "HAS", "HAD", "HAVE",
                      "SOME", "FEW", "THAT"}


def strip_comment(line):
    return line.split("#", 1)[0].rstrip()


def check_pattern(body, ln, ck, used_synsets):
    """body: the pattern without comment. Returns the list of codes it names."""
    m = re.match(r"^-\s+(.*?)\s*\[(%s)(?::(%s))?\]\s*$" % (CODE_RE, CODE_RE), body)
    if not m:
        ck.err(ln, "pattern has no [CODE] at its end: %s" % body)
        return []
    elems = m.group(1)
    codes = [c for c in (m.group(2), m.group(3)) if c]
    toks = re.findall(r"[{}()]|[^\s{}()]+", elems)
    stars = 0
    depth = []
    content = 0
    for t in toks:
        if t in "{(":
            if depth:
                ck.err(ln, "nested group in pattern: %s" % body)
            depth.append((t, content))
            continue
        if t in "})":
            if not depth or {"{": "}", "(": ")"}[depth[-1][0]] != t:
                ck.err(ln, "unbalanced group in pattern: %s" % body)
                return codes
            opened, before = depth.pop()
            if content == before:
                ck.err(ln, "empty group in pattern: %s" % body)
            continue
        for sub in re.split(r"_(?=[&$+%^*])|(?<=[$+%^*])_", t):
            if sub == "*":
                stars += 1
            elif sub in ("$", "+", "%", "^"):
                pass
            elif sub.startswith("&"):
                if not SYNSET_RE.match(sub):
                    ck.err(ln, "bad synset name %s" % sub)
                used_synsets.append((ln, sub))
            elif sub.endswith("_") or not all(WORD_RE.match(w) for w in sub.split("_") if w):
                ck.err(ln, "bad word %r in pattern: %s" % (sub, body))
            elif stars and sub in SKIPPED_AFTER_VERB:
                ck.err(ln, "the coder never compares %s after the verb: %s" % (sub, body))
        content += 1
    if depth:
        ck.err(ln, "unclosed group in pattern: %s" % body)
    if stars != 1:
        ck.err(ln, "pattern needs exactly one '*': %s" % body)
    return codes


def check_verb_line(body, ln, ck):
    """Returns the list of surface forms of the verb line (for duplicate detection)."""
    m = re.match(r"^([^\s{}\[\]]+)\s*(\{([^{}]*)\})?\s*(\[(%s)\])?\s*$" % CODE_RE, body)
    if not m:
        if body.count("{") != body.count("}"):
            ck.err(ln, "unbalanced braces in verb line: %s" % body)
        else:
            ck.err(ln, "bad verb line: %s" % body)
        return [], None
    base = m.group(1)
    forms = [base] + (m.group(3).split() if m.group(3) else [])
    for f in forms:
        words = f.split("_")
        heads = [w for w in words if w.startswith("+")]
        if len(words) > 1 and len(heads) != 1:
            ck.err(ln, "multi-word verb form needs exactly one '+' head: %s" % f)
        if len(words) == 1 and heads and f != base:
            ck.err(ln, "single-word form must not carry '+': %s" % f)
        for w in words:
            if not WORD_RE.match(w.lstrip("+")):
                ck.err(ln, "bad word %r in verb line" % w)
    return [f.replace("+", "") for f in forms], m.group(5)


# ---------------------------------------------------------------------------------------
# A small linear matcher, enough to check that sentences code as intended. It is not the
# vigil coder: it works on plain words, treats an actor marker as any one word, and takes
# the first dictionary verb of the sentence that is not a modal or auxiliary.

def reader_plural(word):
    if word.endswith("Y"):
        return word[:-1] + "IES"
    if word.endswith(("SS", "X", "Z")):
        return word + "ES"
    return word + "S"


class MiniDictionary:
    def __init__(self, lines):
        self.synsets = {}
        self.forms = []          # (words, block)
        self.blocks = []
        section = "synsets"
        cur = None
        block = None
        for raw in lines:
            if raw.startswith("####### VERB PATTERNS"):
                section = "verbs"
                continue
            body = strip_comment(raw).strip()
            if not body:
                continue
            if section == "synsets":
                if body.startswith("&"):
                    cur = self.synsets.setdefault(body, [])
                elif body.startswith("+") and cur is not None:
                    m = body[1:]
                    if m.endswith("_"):
                        cur.append(m.rstrip("_").split("_"))
                    else:
                        cur.append(m.split("_"))
                        cur.append(reader_plural(m).split("_"))
                continue
            if body.startswith("---"):
                m = re.match(r"^---\s+(.+?)\s+\[(%s)\]" % CODE_RE, body)
                block = {"meaning": m.group(1), "code": m.group(2), "patterns": []}
                self.blocks.append(block)
            elif body.startswith("- "):
                m = re.match(r"^-\s+(.*?)\s*\[(%s)(?::%s)?\]\s*$" % (CODE_RE, CODE_RE), body)
                if m:
                    block["patterns"].append((self.elements(m.group(1)), m.group(2), body))
            else:
                m = re.match(r"^(\S+)\s*(\{([^}]*)\})?\s*(\[(%s)\])?" % CODE_RE, body)
                own = m.group(5)
                for f in [m.group(1)] + (m.group(3).split() if m.group(3) else []):
                    self.forms.append((f.replace("+", "").split("_"), block, own))
        self.forms.sort(key=lambda x: -len(x[0]))

    @staticmethod
    def elements(text):
        """[(kind, value, joined_to_next)] with the verb as ('*', ...)."""
        text = re.sub(r"[{}()]", " ", text)
        out = []
        for tok in text.split():
            parts = re.split(r"_(?=[&$+%^*])|(?<=[$+%^*])_", tok) if tok[0] in "&$+%^*" or \
                re.search(r"_[&$+%^*]|[$+%^*]_", tok) else [tok]
            for k, p in enumerate(parts):
                joined = k < len(parts) - 1
                if p == "*":
                    out.append(("*", p, joined))
                elif p in ("$", "+", "%", "^"):
                    out.append(("actor", p, joined))
                elif p.startswith("&"):
                    out.append(("syn", p, joined))
                else:
                    ws = p.split("_")
                    for j, w in enumerate(ws):
                        out.append(("word", w, joined or j < len(ws) - 1))
        return out

    def match_seq(self, elems, words, start, first_adjacent):
        """Matches elems against words[start:]; returns True when all match in order."""
        def rec(i, pos, adjacent):
            if i == len(elems):
                return True
            kind, val, joined = elems[i]
            last = pos if adjacent else len(words)
            for p in range(pos, min(last + 1, len(words))):
                if kind == "actor":
                    if rec(i + 1, p + 1, joined):
                        return True
                elif kind == "word":
                    if words[p] == val and rec(i + 1, p + 1, joined):
                        return True
                else:
                    for phrase in self.synsets.get(val, []):
                        if words[p:p + len(phrase)] == phrase and rec(i + 1, p + len(phrase), joined):
                            return True
            return False
        return rec(0, start, first_adjacent)

    def code(self, sentence):
        words = re.findall(r"[A-Z0-9][A-Z0-9'\-]*", sentence.upper())
        for i in range(len(words)):
            for form, block, own in self.forms:
                if words[i:i + len(form)] == form and block["meaning"] not in ("MODALS", "AUXILIARIES"):
                    return self.code_at(words, i, len(form), block, own)
        return None, None

    def code_at(self, words, i, n, block, own):
        best = None
        for elems, code, text in block["patterns"]:
            star = [k for k, e in enumerate(elems) if e[0] == "*"][0]
            pre, post = elems[:star], elems[star + 1:]
            star_joined = elems[star][2]
            if post and not self.match_seq(post, words, i + n, star_joined):
                continue
            if pre:
                rev = [(k, v, pre[j - 1][2] if j > 0 else False)
                       for j, (k, v, _) in reversed(list(enumerate(pre)))]
                rev_words = [w for w in reversed(words[:i])]
                # Multi-word synset phrases are matched reversed too.
                saved = self.synsets
                self.synsets = {k: [list(reversed(p)) for p in v] for k, v in saved.items()}
                ok = self.match_seq(rev, rev_words, 0, pre[-1][2])
                self.synsets = saved
                if not ok:
                    continue
            score = len(elems) - 1   # ties: the first pattern in the file wins
            if best is None or score > best[0]:
                best = (score, code, text)
        if best:
            return best[1], best[2]
        return (own or block["code"]), "(verb default)"


def run_examples(path, lines, ck):
    md = MiniDictionary(lines)
    good = bad = 0
    with open(path, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            expected, _, sentence = raw.partition(" ")
            got, why = md.code(sentence)
            if got == expected:
                good += 1
            else:
                bad += 1
                ck.err(0, "examples.txt:%d expected %s got %s (%s): %s"
                       % (ln, expected, got, why, sentence))
    print("example sentences coded as expected: %d / %d" % (good, good + bad))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "vigil.verbs.txt")
    ck = Checker()
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")

    synsets = {}
    used = []
    blocks = []
    section = "head"
    cur_syn = None
    block = None
    form_owner = {}
    for ln, raw in enumerate(lines, 1):
        if raw.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if raw.startswith("####### SYNONYM SETS"):
            section = "synsets"
            continue
        body = strip_comment(raw).strip()
        if not body:
            continue
        if section in ("head", "synsets"):
            if body.startswith("&"):
                name = body
                if not SYNSET_RE.match(name):
                    ck.err(ln, "bad synset name %s" % name)
                if name in synsets:
                    ck.err(ln, "synset %s defined twice" % name)
                cur_syn = synsets.setdefault(name, [])
            elif body.startswith("+"):
                if cur_syn is None:
                    ck.err(ln, "synset member outside a synset")
                    continue
                member = body[1:]
                if not all(WORD_RE.match(w) for w in member.rstrip("_").split("_")):
                    ck.err(ln, "bad synset member %r" % member)
                cur_syn.append(member)
            else:
                ck.err(ln, "unexpected line in synset section: %s" % body)
            continue
        if body.startswith("---"):
            m = re.match(r"^---\s+(.+?)\s+\[(%s)\]\s+---$" % CODE_RE, body)
            if not m:
                ck.err(ln, "bad block header: %s" % body)
                continue
            block = {"meaning": m.group(1), "code": m.group(2), "verbs": 0, "patterns": [],
                     "codes": [m.group(2)], "line": ln}
            blocks.append(block)
            continue
        if block is None:
            ck.err(ln, "line before the first block: %s" % body)
            continue
        if body.startswith("- "):
            codes = check_pattern(body, ln, ck, used)
            norm = re.sub(r"\s+", " ", body)
            if norm in block["patterns"]:
                ck.err(ln, "pattern repeated in block %s: %s" % (block["meaning"], norm))
            block["patterns"].append(norm)
            elems = re.sub(r"\s*\[[^\]]*\]$", "", norm)
            seen = block.setdefault("elements", {})
            if elems in seen and seen[elems] != codes:
                ck.warn(ln, "same pattern with codes %s and %s in block %s: %s"
                        % ("/".join(seen[elems]), "/".join(codes), block["meaning"], elems))
            seen.setdefault(elems, codes)
            block["codes"].extend(codes)
        elif body.startswith("~"):
            continue
        else:
            forms, code = check_verb_line(body, ln, ck)
            if code:
                block["codes"].append(code)
            block["verbs"] += 1
            for f in forms:
                owner = form_owner.get(f)
                if owner is not None and owner is not block:
                    ck.err(ln, "verb form %s is in blocks %s and %s"
                           % (f, owner["meaning"], block["meaning"]))
                form_owner.setdefault(f, block)

    for name, members in synsets.items():
        if not members:
            ck.err(0, "synset %s has no members" % name)
    for ln, name in used:
        if name not in synsets:
            ck.err(ln, "synset %s used but not defined" % name)
    for b in blocks:
        if not b["verbs"]:
            ck.err(b["line"], "block %s has no verbs" % b["meaning"])

    all_codes = set()
    for b in blocks:
        all_codes.update(c for c in b["codes"] if c != "---")
    pattern_codes = set()
    for b in blocks:
        for p in b["patterns"]:
            m = re.search(r"\[(%s)(?::(%s))?\]$" % (CODE_RE, CODE_RE), p)
            if m:
                pattern_codes.update(c for c in m.groups() if c and c != "---")

    n_patterns = sum(len(b["patterns"]) for b in blocks)
    n_verbs = sum(b["verbs"] for b in blocks)
    print("file: %s" % os.path.relpath(path))
    print("synsets: %d (members %d)" % (len(synsets), sum(len(v) for v in synsets.values())))
    print("blocks: %d" % len(blocks))
    print("verb lines: %d (surface forms %d)" % (n_verbs, len(form_owner)))
    print("patterns: %d" % n_patterns)

    if os.path.exists(CODEBOOK):
        with open(CODEBOOK, encoding="utf-8") as f:
            book = [r["code"].strip() for r in csv.DictReader(f)]
        book_set = set(book)
        for c in sorted(all_codes - book_set):
            ck.err(0, "code %s is not in the CAMEO codebook" % c)
        leaf = [c for c in book if len(c) >= 3]
        roots = [c for c in book if len(c) == 2]
        missing = [c for c in leaf if c not in all_codes]
        covered = len(leaf) - len(missing)
        print("codebook codes covered (3-4 digit): %d / %d" % (covered, len(leaf)))
        no_pattern = [c for c in leaf if c not in pattern_codes]
        print("codes reached by at least one pattern: %d / %d"
              % (len(leaf) - len(no_pattern), len(leaf)))
        root_ok = [r for r in roots if (r + "0") in all_codes]
        print("root codes (01..20) covered through their x0 code: %d / %d"
              % (len(root_ok), len(roots)))
        if missing:
            print("missing codes: " + " ".join(missing))
        if no_pattern:
            print("codes with no pattern (verb or block default only): " + " ".join(no_pattern))
    else:
        print("SKIP codebook checks: %s not found" % CODEBOOK)

    third = [p for p in THIRD_PARTY if os.path.exists(p)]
    if third:
        def norm(s):
            s = s.split("#", 1)[0]
            return re.sub(r"\s+", " ", s).strip().upper()
        theirs = set()
        for p in third:
            with open(p, encoding="utf-8", errors="replace") as f:
                theirs.update(n for n in (norm(x) for x in f) if n)
        ours = [norm(x) for x in lines]
        ours = [x for x in ours if x]
        shared = [x for x in ours if x in theirs]
        pat_shared = [x for x in shared if x.startswith("- ")]
        print("lines equal to a line of the PETRARCH verb files (normalised): %d of %d"
              " (patterns %d)" % (len(shared), len(ours), len(pat_shared)))
    else:
        print("SKIP overlap measurement: third-party verb files not found under %s" % SHARED)

    examples = os.path.join(HERE, "examples.txt")
    if os.path.exists(examples):
        run_examples(examples, lines, ck)

    print("warnings: %d" % len(ck.warnings))
    for w in ck.warnings[:80]:
        print("warning " + w)
    for e in ck.errors[:200]:
        print("ERROR " + e)
    if ck.errors:
        print("%d errors" % len(ck.errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
