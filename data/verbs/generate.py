#!/usr/bin/python3
"""Builds vigil.verbs.txt, vigil's own CAMEO verb dictionary in PETRARCH-2 format.

Input: the spec files beside this script (*.spec), written by the vigil team. Output:
vigil.verbs.txt. Run with Debian's interpreter:

    /usr/bin/python3 data/verbs/generate.py          # writes data/verbs/vigil.verbs.txt
    /usr/bin/python3 data/verbs/check.py             # validates it

Spec grammar (one directive per line, '#' starts a comment outside patterns):

    &NAME: MEMBER, MEMBER_, TWO_WORDS      a synset; '_' ends a member to stop plurals
    topic KEY: n = A ; B ; ...  | i = C ; D   complements of a family topic (nouns, infinitives)
    codes FAMILY: KEY=CODE KEY=CODE ...     which code a family gives each topic
    === MEANING [CODE]                      starts a verb block
    v: VERB VERB MULTI_WORD +HEAD ...       verbs of the block (inflections are generated)
    v[CODE]: VERB ...                       verbs with their own default code
    - pattern [CODE]  # comment             a literal pattern; <A|B|C> expands to 3 patterns
    fam FAMILY: TEMPLATE | TEMPLATE         one pattern per topic x complement: the token N
                                            in a template is replaced by each noun complement,
                                            the token I by each infinitive complement

Every verb line is written with all of its inflected forms in braces, so the dictionary
never depends on a reader's rules for generating regular forms.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "vigil.verbs.txt")

# ---------------------------------------------------------------------------------------
# Inflection. Irregular verbs: base -> (third person, past, past participle, -ing).
IRREGULAR = {
    "BE": ("IS", "WAS", "BEEN", "BEING"),
    "BEAT": ("BEATS", "BEAT", "BEATEN", "BEATING"),
    "BECOME": ("BECOMES", "BECAME", "BECOME", "BECOMING"),
    "BEGIN": ("BEGINS", "BEGAN", "BEGUN", "BEGINNING"),
    "BID": ("BIDS", "BID", "BID", "BIDDING"),
    "BIND": ("BINDS", "BOUND", "BOUND", "BINDING"),
    "BLOW": ("BLOWS", "BLEW", "BLOWN", "BLOWING"),
    "BREAK": ("BREAKS", "BROKE", "BROKEN", "BREAKING"),
    "BRING": ("BRINGS", "BROUGHT", "BROUGHT", "BRINGING"),
    "BROADCAST": ("BROADCASTS", "BROADCAST", "BROADCAST", "BROADCASTING"),
    "BUILD": ("BUILDS", "BUILT", "BUILT", "BUILDING"),
    "BURN": ("BURNS", "BURNED", "BURNT", "BURNING"),
    "BUY": ("BUYS", "BOUGHT", "BOUGHT", "BUYING"),
    "CAST": ("CASTS", "CAST", "CAST", "CASTING"),
    "CATCH": ("CATCHES", "CAUGHT", "CAUGHT", "CATCHING"),
    "COME": ("COMES", "CAME", "COME", "COMING"),
    "CUT": ("CUTS", "CUT", "CUT", "CUTTING"),
    "DEAL": ("DEALS", "DEALT", "DEALT", "DEALING"),
    "DRAW": ("DRAWS", "DREW", "DRAWN", "DRAWING"),
    "DRIVE": ("DRIVES", "DROVE", "DRIVEN", "DRIVING"),
    "FALL": ("FALLS", "FELL", "FALLEN", "FALLING"),
    "FIGHT": ("FIGHTS", "FOUGHT", "FOUGHT", "FIGHTING"),
    "FIND": ("FINDS", "FOUND", "FOUND", "FINDING"),
    "FLEE": ("FLEES", "FLED", "FLED", "FLEEING"),
    "FLY": ("FLIES", "FLEW", "FLOWN", "FLYING"),
    "FORBID": ("FORBIDS", "FORBADE", "FORBIDDEN", "FORBIDDING"),
    "FORESEE": ("FORESEES", "FORESAW", "FORESEEN", "FORESEEING"),
    "FORGIVE": ("FORGIVES", "FORGAVE", "FORGIVEN", "FORGIVING"),
    "FORGO": ("FORGOES", "FORWENT", "FORGONE", "FORGOING"),
    "FREEZE": ("FREEZES", "FROZE", "FROZEN", "FREEZING"),
    "GET": ("GETS", "GOT", "GOTTEN", "GETTING"),
    "GIVE": ("GIVES", "GAVE", "GIVEN", "GIVING"),
    "GO": ("GOES", "WENT", "GONE", "GOING"),
    "HANG": ("HANGS", "HANGED", "HUNG", "HANGING"),
    "HAVE": ("HAS", "HAD", "HAD", "HAVING"),
    "HEAR": ("HEARS", "HEARD", "HEARD", "HEARING"),
    "HIT": ("HITS", "HIT", "HIT", "HITTING"),
    "HOLD": ("HOLDS", "HELD", "HELD", "HOLDING"),
    "KEEP": ("KEEPS", "KEPT", "KEPT", "KEEPING"),
    "LAY": ("LAYS", "LAID", "LAID", "LAYING"),
    "LEAD": ("LEADS", "LED", "LED", "LEADING"),
    "LEAVE": ("LEAVES", "LEFT", "LEFT", "LEAVING"),
    "LEND": ("LENDS", "LENT", "LENT", "LENDING"),
    "LET": ("LETS", "LET", "LET", "LETTING"),
    "LIGHT": ("LIGHTS", "LIT", "LIT", "LIGHTING"),
    "LOSE": ("LOSES", "LOST", "LOST", "LOSING"),
    "MAKE": ("MAKES", "MADE", "MADE", "MAKING"),
    "MEET": ("MEETS", "MET", "MET", "MEETING"),
    "OUTLAY": ("OUTLAYS", "OUTLAID", "OUTLAID", "OUTLAYING"),
    "OVERRIDE": ("OVERRIDES", "OVERRODE", "OVERRIDDEN", "OVERRIDING"),
    "OVERRUN": ("OVERRUNS", "OVERRAN", "OVERRUN", "OVERRUNNING"),
    "OVERSEE": ("OVERSEES", "OVERSAW", "OVERSEEN", "OVERSEEING"),
    "OVERTHROW": ("OVERTHROWS", "OVERTHREW", "OVERTHROWN", "OVERTHROWING"),
    "PAY": ("PAYS", "PAID", "PAID", "PAYING"),
    "PUT": ("PUTS", "PUT", "PUT", "PUTTING"),
    "QUIT": ("QUITS", "QUIT", "QUIT", "QUITTING"),
    "REBUILD": ("REBUILDS", "REBUILT", "REBUILT", "REBUILDING"),
    "RETAKE": ("RETAKES", "RETOOK", "RETAKEN", "RETAKING"),
    "RISE": ("RISES", "ROSE", "RISEN", "RISING"),
    "RUN": ("RUNS", "RAN", "RUN", "RUNNING"),
    "SAY": ("SAYS", "SAID", "SAID", "SAYING"),
    "SEE": ("SEES", "SAW", "SEEN", "SEEING"),
    "SEEK": ("SEEKS", "SOUGHT", "SOUGHT", "SEEKING"),
    "SELL": ("SELLS", "SOLD", "SOLD", "SELLING"),
    "SEND": ("SENDS", "SENT", "SENT", "SENDING"),
    "SET": ("SETS", "SET", "SET", "SETTING"),
    "SHAKE": ("SHAKES", "SHOOK", "SHAKEN", "SHAKING"),
    "SHED": ("SHEDS", "SHED", "SHED", "SHEDDING"),
    "SHOOT": ("SHOOTS", "SHOT", "SHOT", "SHOOTING"),
    "SHUT": ("SHUTS", "SHUT", "SHUT", "SHUTTING"),
    "SINK": ("SINKS", "SANK", "SUNK", "SINKING"),
    "SIT": ("SITS", "SAT", "SAT", "SITTING"),
    "SLAY": ("SLAYS", "SLEW", "SLAIN", "SLAYING"),
    "SPEAK": ("SPEAKS", "SPOKE", "SPOKEN", "SPEAKING"),
    "SPEND": ("SPENDS", "SPENT", "SPENT", "SPENDING"),
    "SPLIT": ("SPLITS", "SPLIT", "SPLIT", "SPLITTING"),
    "SPREAD": ("SPREADS", "SPREAD", "SPREAD", "SPREADING"),
    "STAND": ("STANDS", "STOOD", "STOOD", "STANDING"),
    "STEAL": ("STEALS", "STOLE", "STOLEN", "STEALING"),
    "STRIKE": ("STRIKES", "STRUCK", "STRICKEN", "STRIKING"),
    "SWEAR": ("SWEARS", "SWORE", "SWORN", "SWEARING"),
    "SWEEP": ("SWEEPS", "SWEPT", "SWEPT", "SWEEPING"),
    "TAKE": ("TAKES", "TOOK", "TAKEN", "TAKING"),
    "TEAR": ("TEARS", "TORE", "TORN", "TEARING"),
    "TELL": ("TELLS", "TOLD", "TOLD", "TELLING"),
    "THINK": ("THINKS", "THOUGHT", "THOUGHT", "THINKING"),
    "THROW": ("THROWS", "THREW", "THROWN", "THROWING"),
    "UNDERSTAND": ("UNDERSTANDS", "UNDERSTOOD", "UNDERSTOOD", "UNDERSTANDING"),
    "UNDERTAKE": ("UNDERTAKES", "UNDERTOOK", "UNDERTAKEN", "UNDERTAKING"),
    "UPHOLD": ("UPHOLDS", "UPHELD", "UPHELD", "UPHOLDING"),
    "WAKE": ("WAKES", "WOKE", "WOKEN", "WAKING"),
    "WIN": ("WINS", "WON", "WON", "WINNING"),
    "WITHDRAW": ("WITHDRAWS", "WITHDREW", "WITHDRAWN", "WITHDRAWING"),
    "WITHHOLD": ("WITHHOLDS", "WITHHELD", "WITHHELD", "WITHHOLDING"),
    "WITHSTAND": ("WITHSTANDS", "WITHSTOOD", "WITHSTOOD", "WITHSTANDING"),
    "WRITE": ("WRITES", "WROTE", "WRITTEN", "WRITING"),
    "FORESWEAR": ("FORESWEARS", "FORESWORE", "FORESWORN", "FORESWEARING"),
    "FORSWEAR": ("FORSWEARS", "FORSWORE", "FORSWORN", "FORSWEARING"),
    "OVERCOME": ("OVERCOMES", "OVERCAME", "OVERCOME", "OVERCOMING"),
    "MISLEAD": ("MISLEADS", "MISLED", "MISLED", "MISLEADING"),
    "OUTBID": ("OUTBIDS", "OUTBID", "OUTBID", "OUTBIDDING"),
    "UNDERCUT": ("UNDERCUTS", "UNDERCUT", "UNDERCUT", "UNDERCUTTING"),
    "UPSET": ("UPSETS", "UPSET", "UPSET", "UPSETTING"),
    "SLING": ("SLINGS", "SLUNG", "SLUNG", "SLINGING"),
    "STICK": ("STICKS", "STUCK", "STUCK", "STICKING"),
    "STRIVE": ("STRIVES", "STROVE", "STRIVEN", "STRIVING"),
    "FEEL": ("FEELS", "FELT", "FELT", "FEELING"),
    "SHOW": ("SHOWS", "SHOWED", "SHOWN", "SHOWING"),
    "SEW": ("SEWS", "SEWED", "SEWN", "SEWING"),
    "FORECAST": ("FORECASTS", "FORECAST", "FORECAST", "FORECASTING"),
    "BEAR": ("BEARS", "BORE", "BORNE", "BEARING"),
    "LIE": ("LIES", "LIED", "LIED", "LYING"),
    "DIE": ("DIES", "DIED", "DIED", "DYING"),
    "DO": ("DOES", "DID", "DONE", "DOING"),
    "RING": ("RINGS", "RANG", "RUNG", "RINGING"),
    "SWIM": ("SWIMS", "SWAM", "SWUM", "SWIMMING"),
    "SPIT": ("SPITS", "SPAT", "SPAT", "SPITTING"),
    "STINK": ("STINKS", "STANK", "STUNK", "STINKING"),
    "SLIT": ("SLITS", "SLIT", "SLIT", "SLITTING"),
    "TREAD": ("TREADS", "TROD", "TRODDEN", "TREADING"),
    "TIE": ("TIES", "TIED", "TIED", "TYING"),
}

# Verbs of more than one syllable whose final consonant doubles (stress on the last
# syllable); one-syllable verbs are handled by the consonant-vowel-consonant rule.
DOUBLING = {
    "ABET", "ACQUIT", "ADMIT", "ALLOT", "COMMIT", "COMPEL", "CONTROL", "DETER",
    "EMBED", "EQUIP", "EXPEL", "IMPEL", "INCUR", "OCCUR", "OMIT", "PATROL", "PERMIT",
    "PROPEL", "REBEL", "REBUT", "RECUR", "REFER", "REGRET", "REPEL", "RESUBMIT",
    "SUBMIT", "TRANSMIT", "TRANSFER", "UNPLUG", "DEFER", "CONFER", "INFER", "PREFER",
    "KIDNAP", "WORSHIP", "TEAR-GAS", "TEARGAS", "READMIT", "RECOMMIT", "ENTRAP", "REARM", "FORGET",
    "OUTSTRIP", "ENROL", "INSTIL", "FULFIL", "DISTIL", "EXTOL",
}
NO_DOUBLE = {"REARM", "BOMB", "ARM", "FIX", "BOX", "TAX", "SHOW", "ROW", "VOW", "MOW",
             "SOW", "VIEW", "AVOW", "ALLOW", "AID", "VISIT", "TARGET", "LIMIT", "EDIT",
             "AUDIT", "EXHIBIT", "INHABIT", "PROHIBIT", "DEPOSIT", "RALLY", "SHELL",
             "OPEN", "HAPPEN", "THREATEN", "LISTEN", "BURDEN", "OFFER", "ORDER",
             "DELIVER", "CONSIDER", "MUSTER", "BOLSTER", "BROKER", "FOSTER", "HINDER",
             "HARBOR", "HARBOUR", "LABOR", "LABOUR", "FAVOR", "FAVOUR", "HONOR",
             "HONOUR", "ENDEAVOR", "BUDGET", "PICKET", "BALLOT", "BOYCOTT", "PARDON",
             "ABANDON", "SUMMON", "REOPEN", "DEVELOP", "GALLOP", "GOSSIP", "TRIUMPH",
             "MURDER", "RENDER", "TENDER", "SURRENDER", "TAMPER", "HAMPER", "MASTER",
             "TOPPLE", "CANCEL", "SIGNAL", "TRAVEL", "MODEL", "LEVEL", "PANEL", "LABEL",
             "QUARREL", "DUEL", "FUEL", "TOTAL", "RIVAL", "CHANNEL", "TUNNEL", "COUNSEL",
             "SHOVEL", "MARVEL", "UNVEIL", "ENTER", "REENTER", "STEER", "DETAIN",
             "SNUB", "WED"}
SNUB_DOUBLES = {"SNUB", "WED"}


def _vowel_groups(word):
    return len(re.findall(r"[AEIOU]+", word.replace("Y", "A") if word.endswith("Y") else word))


def _doubles(verb):
    if verb in SNUB_DOUBLES:
        return True
    if verb in NO_DOUBLE:
        return False
    if verb in DOUBLING:
        return True
    m = re.search(r"(^|[^AEIOU])([AEIOU])([B-DF-HJ-NP-TV-Z])$", verb)
    if not m or verb[-1] in "WXY":
        return False
    if verb.startswith("QU") and len(verb) <= 4:
        return True
    return _vowel_groups(verb) == 1


def inflect(verb):
    """(third person, past, past participle, -ing) of an upper-case English verb."""
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    # Prefixed irregulars: RE-, OUT-, OVER-, UNDER-, MIS- + an irregular base.
    for prefix in ("RE", "OUT", "OVER", "UNDER", "MIS", "WITH", "UP", "FORE"):
        if verb.startswith(prefix) and verb[len(prefix):] in IRREGULAR and len(verb) - len(prefix) >= 3:
            return tuple(prefix + f for f in IRREGULAR[verb[len(prefix):]])
    if re.search(r"(S|SH|CH|X|Z)$", verb):
        third = verb + "ES"
    elif re.search(r"[^AEIOU]Y$", verb):
        third = verb[:-1] + "IES"
    elif verb.endswith("O"):
        third = verb + "ES"          # VETOES, ECHOES, GOES
    else:
        third = verb + "S"
    if re.search(r"[^AEIOU]Y$", verb):
        past = verb[:-1] + "IED"
        ing = verb + "ING"
    elif verb.endswith("EE") or verb.endswith("YE") or verb.endswith("OE"):
        past = verb + "D"
        ing = verb + "ING"
    elif verb.endswith("IE"):
        past = verb + "D"
        ing = verb[:-2] + "YING"
    elif verb.endswith("E"):
        past = verb + "D"
        ing = verb[:-1] + "ING"
    elif verb.endswith("C") and verb not in ("SPEC",):
        past = verb + "KED"
        ing = verb + "KING"
    elif _doubles(verb):
        past = verb + verb[-1] + "ED"
        ing = verb + verb[-1] + "ING"
    else:
        past = verb + "ED"
        ing = verb + "ING"
    return (third, past, past, ing)


def verb_line(spec, code=None):
    """A dictionary verb line with every form listed. `spec` is WORD or MULTI_WORD with
    an optional '+' before the head word (default: the first word); a leading '=' marks
    a word with no other forms (modals), written with empty braces."""
    if spec.startswith("="):
        line = "%s {}" % spec[1:]
        return line + ("  [%s]" % code if code else "")
    words = spec.split("_")
    head = 0
    for k, w in enumerate(words):
        if w.startswith("+"):
            head = k
            words[k] = w[1:]
    multi = len(words) > 1

    def render(ws):
        out = []
        for k, w in enumerate(ws):
            out.append(("+" + w) if (multi and k == head) else w)
        return "_".join(out)

    forms = []
    extra = ("ARE", "AM", "WERE") if words[head] == "BE" else ()
    h = words[head]
    if re.search(r"[^AEIOU][AEIOU]L$", h) and _vowel_groups(h) > 1 and not _doubles(h):
        # British spelling doubles the final L (CANCELLED, TRAVELLING); news uses both.
        extra = extra + (h + "LED", h + "LING")
    for f in tuple(inflect(words[head])) + extra:
        ws = list(words)
        ws[head] = f
        r = render(ws)
        if r not in forms:
            forms.append(r)
    line = "%s {%s}" % (render(words), " ".join(forms))
    if code:
        line += "  [%s]" % code
    return line


# ---------------------------------------------------------------------------------------
# Spec reading.
ALT = re.compile(r"<([^<>]*)>")


def expand_alternations(text):
    m = ALT.search(text)
    if not m:
        return [text]
    out = []
    for choice in m.group(1).split("|"):
        out.extend(expand_alternations(text[:m.start()] + choice.strip() + text[m.end():]))
    return out


def norm_space(s):
    return re.sub(r"\s+", " ", s).strip()


def substitute(template, token, value):
    """Replaces the standalone token N or I in a template. A value containing its own
    parentheses is placed without the template's surrounding parentheses, because
    phrase groups do not nest."""
    parts = re.split(r"(\s+|\(|\))", template)
    idx = [k for k, p in enumerate(parts) if p == token]
    if not idx:
        return None
    k = idx[0]
    if "(" in value:
        # Drop the parentheses that enclose the token, if any.
        depth_open = None
        for j in range(k - 1, -1, -1):
            if parts[j] == "(":
                depth_open = j
                break
            if parts[j] == ")":
                break
        if depth_open is not None:
            for j in range(k + 1, len(parts)):
                if parts[j] == ")":
                    parts[j] = " "
                    break
                if parts[j] == "(":
                    break
            parts[depth_open] = " "
    parts[k] = value
    return norm_space("".join(parts).replace("( ", "(").replace(" )", ")"))


class Spec:
    def __init__(self):
        self.synsets = []           # (name, [members], comment lines)
        self.topics = {}            # key -> {"n": [...], "i": [...]}
        self.codes = {}             # family -> {key: code}
        self.blocks = []            # dicts: meaning, code, verbs, patterns, comments

    def read(self, path):
        block = None
        pending_comments = []
        with open(path, encoding="utf-8") as f:
            for lineno, raw in enumerate(f, 1):
                line = raw.rstrip("\n")
                where = "%s:%d" % (os.path.basename(path), lineno)
                s = line.strip()
                if not s:
                    continue
                if s.startswith("#"):
                    if s.startswith("##"):
                        pending_comments.append(s[1:].strip())
                    continue
                if s.startswith("&"):
                    name, _, members = s.partition(":")
                    mem = [m.strip() for m in members.split(",") if m.strip()]
                    self.synsets.append((name.strip(), mem, pending_comments))
                    pending_comments = []
                elif s.startswith("topic "):
                    key, _, rest = s[6:].partition(":")
                    t = self.topics.setdefault(key.strip(), {"n": [], "i": []})
                    for part in rest.split("|"):
                        kind, _, vals = part.partition("=")
                        kind = kind.strip()
                        if kind not in ("n", "i"):
                            sys.exit("%s: topic part must be n= or i=" % where)
                        t[kind].extend(norm_space(v) for v in vals.split(";") if v.strip())
                elif s.startswith("codes "):
                    fam, _, rest = s[6:].partition(":")
                    d = self.codes.setdefault(fam.strip(), {})
                    for pair in rest.split():
                        k, _, c = pair.partition("=")
                        d[k] = c
                elif s.startswith("==="):
                    m = re.match(r"===\s+(.+?)\s+\[([0-9A-Z-]+)\]\s*$", s)
                    if not m:
                        sys.exit("%s: bad block header" % where)
                    # A block may be reopened (same meaning and code) to add patterns from
                    # another spec file.
                    old = [b for b in self.blocks if b["meaning"] == m.group(1)]
                    if old:
                        if old[0]["code"] != m.group(2):
                            sys.exit("%s: block %s reopened with another code" % (where, m.group(1)))
                        block = old[0]
                        block["comments"].extend(pending_comments)
                    else:
                        block = {"meaning": m.group(1), "code": m.group(2), "verbs": [],
                                 "patterns": [], "comments": pending_comments, "where": where}
                        self.blocks.append(block)
                    pending_comments = []
                elif re.match(r"v0?(\[[0-9A-Z-]+\])?:", s):
                    m = re.match(r"v(0?)(?:\[([0-9A-Z-]+)\])?:(.*)$", s)
                    code = m.group(2)
                    for v in m.group(3).split():
                        block["verbs"].append((("=" + v) if m.group(1) else v, code))
                elif s.startswith("- "):
                    body, _, comment = s.partition("#")
                    body = self.word_lists_to_synsets(body)
                    for p in expand_alternations(body):
                        block["patterns"].append((norm_space(p), comment.strip(), where))
                elif s.startswith("fam "):
                    fam, _, rest = s[4:].partition(":")
                    only = None
                    m = re.match(r"(\w+)\[([\w,]+)\]$", fam.strip())
                    if m:
                        fam, only = m.group(1), set(m.group(2).split(","))
                    block["patterns"].extend(
                        self.family_patterns(fam.strip(), rest, where, only))
                else:
                    sys.exit("%s: cannot read line: %s" % (where, s))

    def word_lists_to_synsets(self, body):
        """A <A|B|C> list of plain words (or '_'-joined phrases) becomes one synset of
        exact members, so the word list is one pattern rather than one per word. Lists
        with groups or synsets inside stay alternations and expand to several patterns."""
        if not hasattr(self, "auto_synsets_"):
            self.auto_synsets_ = {}

        def repl(m):
            choices = [c.strip() for c in m.group(1).split("|")]
            if not all(re.match(r"^[A-Z0-9][A-Z0-9'_\-]*$", c) for c in choices):
                return m.group(0)
            key = tuple(choices)
            name = self.auto_synsets_.get(key)
            if name is None:
                base = "&LIST_" + "_".join(c.replace("-", "_") for c in choices[:2])
                name, k = base, 2
                while name in {v for v in self.auto_synsets_.values()}:
                    name, k = "%s_%d" % (base, k), k + 1
                self.auto_synsets_[key] = name
                self.synsets.append((name, [c + "_" for c in choices], []))
            return name
        return ALT.sub(repl, body)

    def prune_topics(self):
        """Within one topic, an infinitive that only adds an object to another infinitive
        of the same topic ("RELEASE &PRISONERS" beside "RELEASE") codes the same, so it
        is dropped."""
        dropped = 0
        for t in self.topics.values():
            singles = {v for v in t["i"] if " " not in v}
            keep = [v for v in t["i"] if not (" " in v and v.split()[0] in singles)]
            dropped += len(t["i"]) - len(keep)
            t["i"] = keep
        return dropped

    def family_patterns(self, fam, rest, where, only=None):
        if fam not in self.codes:
            sys.exit("%s: unknown family %s" % (where, fam))
        if not getattr(self, "pruned_", False):
            self.prune_topics()
            self.pruned_ = True
        out = []
        templates = [norm_space(t) for t in rest.split("|") if t.strip()]
        if only and not only <= set(self.codes[fam]):
            sys.exit("%s: unknown topics %s" % (where, only - set(self.codes[fam])))
        for key, code in self.codes[fam].items():
            if only and key not in only:
                continue
            topic = self.topics.get(key)
            if topic is None:
                sys.exit("%s: family %s names unknown topic %s" % (where, fam, key))
            for tmpl in templates:
                for t in expand_alternations(tmpl):
                    multi = [v for v in topic["i"] if len(v.split()) > 1 or "_" in v]
                    for token, values in (("N", topic["n"]), ("I", topic["i"]), ("I2", multi)):
                        for v in values:
                            p = substitute(t, token, v)
                            if p is not None:
                                out.append(("%s [%s]" % (p, code), "", "fam:" + where))
        return out


ARTICLES = {"THE", "A", "AN", "ITS", "HIS", "HER", "THEIR"}
# Words the coder steps over after the verb before comparing (as PETRARCH does;
# lower_unmatchable in src/events/patterns.cc), so after "*" they can never match: a
# pattern "- * THAT SETTLE" would be dead. Matching allows gaps, so they are dropped.
SKIPPED_AFTER_VERB = {"THE", "A", "AN", "IT", "HE", "THEY", "HER", "HAS", "HAD", "HAVE",
                      "SOME", "FEW", "THAT"}


def tidy_pattern(p):
    """Drops articles and possessives, and after the verb the words the coder never
    compares (matching allows gaps, so they only over-restrict), removes the delimiters
    of any group that contains another group (groups do not nest), and removes groups
    left empty."""
    m = re.match(r"^(-.*?)(\s*\[[^\]]*\])\s*$", p)
    body, code = (m.group(1), m.group(2).strip()) if m else (p, "")
    toks = re.findall(r"[{}()]|[^\s{}()]+", body)
    toks = [t for t in toks if t not in ARTICLES]
    if "*" in toks:
        k = toks.index("*")
        toks = toks[:k + 1] + [t for t in toks[k + 1:] if t not in SKIPPED_AFTER_VERB]
    changed = True
    while changed:
        changed = False
        stack = []
        for k, t in enumerate(toks):
            if t in "{(":
                stack.append(k)
            elif t in "})":
                o = stack.pop()
                inner = toks[o + 1:k]
                if not inner or any(x in "{(" for x in inner):
                    toks[o] = toks[k] = ""
                    changed = True
                    break
        toks = [t for t in toks if t]
    toks = join_particle(toks)
    text = " ".join(toks)
    text = text.replace("* _", "*_")
    text = re.sub(r"([{(]) ", r"\1", text)
    text = re.sub(r" ([})])", r"\1", text)
    return (text + " " + code).strip()


# Verb particles: right after the verb they make a phrasal verb ("put off", "gave up",
# "held on"); with a gap they would match any later preposition in the sentence, so a
# pattern that starts with one requires it next to the verb ("*_OFF").
PARTICLES = {"UP", "DOWN", "OUT", "OFF", "BACK", "AWAY", "ASIDE", "AHEAD", "ON", "IN",
             "OVER", "AROUND", "THROUGH", "FORWARD", "HOME", "EVEN", "APART", "TOGETHER"}
ALWAYS_PHRASAL = {"UP", "DOWN", "OUT", "OFF", "BACK", "AWAY", "ASIDE", "AHEAD", "FORWARD",
                  "APART", "TOGETHER"}


def join_particle(toks):
    if "*" not in toks:
        return toks
    k = toks.index("*")
    j = k + 1
    opened = None
    if j < len(toks) and toks[j] in "({":
        opened, j = j, j + 1
    if j >= len(toks) or toks[j] not in PARTICLES:
        return toks
    word = toks[j]
    rest_words = [t for t in toks[j + 1:] if t not in "(){}" and not t.startswith("[")]
    if word not in ALWAYS_PHRASAL and rest_words:
        return toks
    out = toks[:k] + ["*_" + word]
    tail = toks[j + 1:]
    if opened is not None:
        # The particle opened a group: keep the group for what follows, or drop it.
        if tail and tail[0] in ")}":
            tail = tail[1:]
        else:
            tail = [toks[opened]] + tail
    return out + tail


def pattern_text(p):
    body = p if p.startswith("- ") else "- " + p
    return tidy_pattern(body)


IRREGULAR_PLURALS = {"MAN": "MEN", "WOMAN": "WOMEN", "CRISIS": "CRISES", "CHILD": "CHILDREN",
                     "POLICEMAN": "POLICEMEN", "SERVICEMAN": "SERVICEMEN",
                     "GUNMAN": "GUNMEN", "SPOKESMAN": "SPOKESMEN", "CHAIRMAN": "CHAIRMEN",
                     "ANALYSIS": "ANALYSES", "THESIS": "THESES", "BASIS": "BASES"}


def reader_plural(word):
    """The plural a PETRARCH reader generates for a synset member (FORMATS.md)."""
    if word.endswith("Y"):
        return word[:-1] + "IES"
    if word.endswith(("SS", "X", "Z")):
        return word + "ES"
    return word + "S"


def english_plural(word):
    words = word.split("_")
    if "OF" in words[1:]:
        k = words.index("OF") - 1
        return "_".join(words[:k] + [english_plural(words[k])] + words[k + 1:])
    last = words[-1]
    if last in IRREGULAR_PLURALS:
        p = IRREGULAR_PLURALS[last]
    elif last.endswith(("S", "SH", "CH", "X", "Z")):
        p = last + "ES"
    elif re.search(r"[^AEIOU]Y$", last):
        p = last[:-1] + "IES"
    else:
        p = last + "S"
    return "_".join(words[:-1] + [p])


def synset_members(members):
    """Members as written; where the reader's plural would be wrong English, the member
    is closed with '_' and the right plural is listed beside it."""
    out = []
    for m in members:
        if m.endswith("_"):
            out.append(m)
            continue
        if reader_plural(m) == english_plural(m):
            out.append(m)
        else:
            out.append(m + "_")
            out.append(english_plural(m) + "_")
    return out


def flatten_synsets(synsets):
    """Expands members that name another synset, so readers need not support nesting,
    and drops repeated members."""
    by_name = {name: members for name, members, _ in synsets}
    out = []
    for name, members, comments in synsets:
        flat, seen = [], set()
        stack = list(reversed(members))
        while stack:
            m = stack.pop()
            if m.startswith("&"):
                if m not in by_name:
                    sys.exit("synset %s names unknown synset %s" % (name, m))
                stack.extend(reversed(by_name[m]))
                continue
            if m not in seen:
                seen.add(m)
                flat.append(m)
        out.append((name, flat, comments))
    return out


def write(spec, path):
    lines = []
    lines.append("# vigil CAMEO verb dictionary (PETRARCH-2 verb dictionary format)")
    lines.append("#")
    lines.append("# Written by the vigil team from general knowledge of English and of the CAMEO")
    lines.append("# event codebook (Gerner, Schrodt, Yilmaz et al.); no third-party dictionary")
    lines.append("# text is used. Licence: Apache-2.0, as the rest of vigil.")
    lines.append("#")
    lines.append("# GENERATED by data/verbs/generate.py from data/verbs/*.spec: edit the spec")
    lines.append("# files and regenerate, then run data/verbs/check.py.")
    lines.append("#")
    lines.append("# Every verb line lists all of its forms in braces (third person, past,")
    lines.append("# participle, -ing), so no reader rule for regular forms is relied on.")
    lines.append("")
    lines.append("####### SYNONYM SETS #######")
    lines.append("")
    for name, members, comments in flatten_synsets(spec.synsets):
        for c in comments:
            lines.append("# " + c)
        lines.append(name)
        for m in synset_members(members):
            lines.append("+" + m)
        lines.append("")
    lines.append("####### VERB PATTERNS #######")
    lines.append("")
    for b in spec.blocks:
        for c in b["comments"]:
            lines.append("# " + c)
        lines.append("--- %s [%s] ---" % (b["meaning"], b["code"]))
        for v, code in b["verbs"]:
            lines.append(verb_line(v, code))
        # One code per pattern: a hand-written pattern wins over a family one with the
        # same elements, and among family patterns the first (more specific topic) wins.
        def elements(body):
            return re.sub(r"\s*\[[^\]]*\]\s*$", "", body)
        hand = {elements(pattern_text(p)) for p, _, w in b["patterns"] if not w.startswith("fam:")}
        seen = set()
        for p, comment, where in b["patterns"]:
            body = pattern_text(p)
            key = elements(body)
            if key in seen or (where.startswith("fam:") and key in hand):
                continue
            seen.add(key)
            lines.append(body + ("  # " + comment if comment else ""))
        lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    spec = Spec()
    files = sorted(fn for fn in os.listdir(HERE) if fn.endswith(".spec"))
    if not files:
        sys.exit("no .spec files in " + HERE)
    for fn in files:
        spec.read(os.path.join(HERE, fn))
    write(spec, OUT)
    n = sum(len(b["patterns"]) for b in spec.blocks)
    print("wrote %s: %d synsets, %d blocks, %d pattern lines before de-duplication"
          % (os.path.relpath(OUT), len(spec.synsets), len(spec.blocks), n))


if __name__ == "__main__":
    main()
