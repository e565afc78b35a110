#!/usr/bin/python3
# Copyright the vigil authors. SPDX-License-Identifier: Apache-2.0
"""Checks vigil's actor and agent dictionaries (data/actors/**/*.actors.txt and
data/agents/*.agents.txt).

Checks: every root line has a code (one [CODE], or dated [CODE <d]/[CODE >d]/[CODE d1-d2]
lines indented under it); '+' synonyms follow a root; codes are made of known 3-character
elements (ISO 3166-1 alpha-3 from Debian's iso-codes, CAMEO roles and regions, and the
vigil body/group elements listed in data/actors/README.md); no phrase has two different
codes across all actor files; agent lines are well formed. Prints entry counts per file.

    /usr/bin/python3 data/actors/check.py          # exit status 1 on any error
"""

import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

# CAMEO primary codes for non-state actors.
PRIMARY = {"IGO", "NGO", "IMG", "MNC"}
# CAMEO sector / role elements used by vigil.
ROLES = {
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "MED", "EDU", "BUS", "CVL", "OPP", "REB",
    "PTY", "HLH", "ELI", "LAB", "REF", "AGR", "CRM", "INS", "SEP", "UAF", "MOD", "RAD",
    "HRI", "DEV", "ENV", "REL", "PRS", "UNK",
}
# CAMEO religion elements.
RELIGIONS = {"MOS", "SUN", "SHI", "CHR", "CTH", "PRO", "ORT", "JEW", "BUD", "HIN", "SIK"}
# CAMEO region elements (see README: AFR Africa ... WST the West).
REGIONS = {
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR",
    "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF",
    "WST",
}
# States and territories outside ISO 3166-1 that news reports as countries (CAMEO style).
NON_ISO_STATES = {"KSV"}   # Kosovo
# vigil body and group elements (documented in data/actors/README.md). None may equal an
# ISO 3166-1 alpha-3 code: a code is read element by element.
BODIES = {
    # intergovernmental organisations
    "UNO", "IAE", "EEC", "COE", "OSC", "EBR", "NAT", "GSV", "GTW", "QUD", "AUK", "FVE",
    "CSO", "CIS", "EAU", "SCO", "BRC", "IMF", "WBK", "WTO", "OPC", "OEC", "BIS", "FAT",
    "ADB", "AIB", "IDB", "APC", "ICC", "ITP", "AFU", "WAS", "SAD", "EAC", "IGA", "ASN",
    "SAR", "PIF", "OAS", "CEL", "MER", "ABA", "CAR", "ARL", "GCC", "OIC", "CWN", "FRC",
    # armed groups
    "ISI", "ISW", "ISK", "ISS", "AQA", "AQP", "AQM", "JNI", "LET", "JEM", "JIS", "HMS",
    "PIJ", "AAN", "HZB", "HTH", "KTH", "HTS", "SDF", "YPG", "PKK", "TAL", "TTP", "BLA",
    "ULF", "LTT", "SHB", "BKH", "RSF", "MTT", "ADF", "TPL", "FNO", "ANS", "AAR", "KIA",
    "PDF", "UWS", "NPA", "ABS", "MNL", "KHR", "WAG", "IRA", "ETA", "FRC", "ELN",
    # used by data/actors/leaders for the WHO (vigil's institutions use IGOUNOHLH)
    "WHO",
}


def iso_codes():
    try:
        with open(ISO_JSON, encoding="utf-8") as handle:
            return {e["alpha_3"] for e in json.load(handle)["3166-1"]}
    except OSError:
        sys.exit(f"cannot read {ISO_JSON}: install Debian's iso-codes")


ISO = iso_codes()
KNOWN = ISO | NON_ISO_STATES | PRIMARY | ROLES | RELIGIONS | REGIONS | BODIES
CLASHES = sorted((BODIES | REGIONS | ROLES | RELIGIONS | NON_ISO_STATES) & ISO)


def code_problem(code):
    if len(code) % 3 or not code:
        return f"code {code!r} is not made of 3-character elements"
    bad = [code[i:i + 3] for i in range(0, len(code), 3) if code[i:i + 3] not in KNOWN]
    if bad:
        return f"code {code!r} has unknown element(s) {', '.join(bad)}"
    return None


def strip_comment(line):
    line = re.sub(r"<!--.*?-->", "", line)
    return line.split("#", 1)[0].rstrip()


CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
DATED = re.compile(r"^([A-Z0-9]+)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?$")


def check_actor_file(path, phrases, errors):
    roots = synonyms = 0
    current = None   # [root phrase, has code]
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    for number, raw in enumerate(lines, 1):
        where = f"{os.path.relpath(path, DATA)}:{number}"
        line = strip_comment(raw)
        if not line.strip():
            continue
        if raw[0] in " \t":            # dated code line under a root
            if current is None:
                errors.append(f"{where}: indented code line without a root")
                continue
            for block in CODE_BLOCK.findall(line):
                match = DATED.match(block.strip())
                if not match:
                    errors.append(f"{where}: bad dated code [{block}]")
                    continue
                problem = code_problem(match.group(1))
                if problem:
                    errors.append(f"{where}: {problem}")
                current[1] = True
            continue
        if line.startswith("+"):
            if current is None:
                errors.append(f"{where}: synonym before any root")
                continue
            phrase = line[1:].strip()
            if CODE_BLOCK.search(phrase):
                errors.append(f"{where}: synonym carries a code")
                continue
            synonyms += 1
            record_phrase(phrase, current, where, phrases, errors)
            continue
        if current is not None and not current[1]:
            errors.append(f"{current[2]}: root {current[0]} has no code")
        blocks = CODE_BLOCK.findall(line)
        phrase = CODE_BLOCK.sub("", line).strip()
        if not phrase or " " in phrase:
            errors.append(f"{where}: root phrase {phrase!r} is empty or has spaces (use _)")
            continue
        codes = []
        for block in blocks:
            match = DATED.match(block.strip())
            if not match:
                errors.append(f"{where}: bad code [{block}]")
                continue
            problem = code_problem(match.group(1))
            if problem:
                errors.append(f"{where}: {problem}")
            codes.append(block.strip())
        roots += 1
        current = [phrase, bool(codes), where, " ".join(codes)]
        record_phrase(phrase, current, where, phrases, errors)
    if current is not None and not current[1]:
        errors.append(f"{current[2]}: root {current[0]} has no code")
    return roots, synonyms


def record_phrase(phrase, current, where, phrases, errors):
    if " " in phrase or not phrase:
        errors.append(f"{where}: phrase {phrase!r} is empty or has spaces (use _)")
        return
    key = phrase.rstrip("_").upper()
    code = current[3] or f"(dated codes of {current[0]})"
    if key in phrases and phrases[key][0] != code:
        errors.append(f"{where}: {key} coded {code} here and {phrases[key][0]} "
                      f"at {phrases[key][1]}")
    elif key not in phrases:
        phrases[key] = (code, where)


AGENT = re.compile(r"^(\S+)\s*(\{[^}]*\})?\s*\[(~?)([A-Z0-9]+)(~?)\]$")
SUBST = re.compile(r"^!([A-Z]+)!\s*=\s*(.+)$")


def regular_plural(phrase):
    """PETRARCH's rule: IES after a consonant + Y; ES after S, X, Z, CH, SH; else S."""
    if re.search(r"[^AEIOU]Y$", phrase):
        return phrase[:-1] + "IES"
    if re.search(r"(S|X|Z|CH|SH)$", phrase):
        return phrase + "ES"
    return phrase + "S"


def expand(phrase, sets, plurals):
    """Every surface form of an agent line: substitution sets expanded, then the plural
    (the irregular one in braces, else the regular one)."""
    forms = [phrase]
    for name, members in sets.items():
        token = f"!{name}!"
        forms = [f.replace(token, m) for f in forms for m in members] \
            if any(token in f for f in forms) else forms
    result = set(forms)
    if plurals:
        result.update(p.strip() for p in plurals[1:-1].split("|") if p.strip())
    else:
        result.update(regular_plural(f) for f in forms)
    return result


def check_agent_file(path, errors):
    count = 0
    seen = {}
    sets = {}
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    for number, raw in enumerate(lines, 1):
        where = f"{os.path.relpath(path, DATA)}:{number}"
        line = strip_comment(raw).strip()
        if not line:
            continue
        match = SUBST.match(line)
        if match:
            sets[match.group(1)] = [m.strip() for m in match.group(2).split(",") if m.strip()]
            continue
        match = AGENT.match(line)
        if not match:
            errors.append(f"{where}: not an agent line: {line}")
            continue
        phrase, _, before, code, after = match.groups()
        if bool(before) == bool(after):
            errors.append(f"{where}: code needs exactly one '~' ([~XXX] or [XXX~])")
        problem = code_problem(code)
        if problem:
            errors.append(f"{where}: {problem}")
        for name in re.findall(r"!([A-Z]+)!", phrase):
            if name not in sets:
                errors.append(f"{where}: substitution set !{name}! is not defined above")
        full = ("~" + code) if before else (code + "~")
        plurals = match.group(2)
        for key in expand(phrase.rstrip("_"), sets, plurals):
            if key in seen and seen[key][0] != full:
                errors.append(f"{where}: {key} coded {full} here and {seen[key][0]} "
                              f"at {seen[key][1]}")
            seen.setdefault(key, (full, where))
        count += 1
    return count


def main():
    errors = [f"element {e} is also an ISO 3166-1 code" for e in CLASHES]
    phrases = {}
    actor_files = sorted(glob.glob(os.path.join(HERE, "**", "*.actors.txt"), recursive=True))
    agent_files = sorted(glob.glob(os.path.join(DATA, "agents", "*.agents.txt")))
    print(f"{'file':45} {'roots':>7} {'synonyms':>9} {'phrases':>8}")
    for path in actor_files:
        roots, synonyms = check_actor_file(path, phrases, errors)
        print(f"{os.path.relpath(path, DATA):45} {roots:7} {synonyms:9} {roots + synonyms:8}")
    for path in agent_files:
        count = check_agent_file(path, errors)
        print(f"{os.path.relpath(path, DATA):45} {count:7} {'':9} {count:8}")
    print(f"distinct actor phrases: {len(phrases)}")
    for error in errors:
        print("error:", error)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
