#!/usr/bin/python3
"""Generate PETRARCH-format actor dictionaries of office holders from our own specs.

Usage:  /usr/bin/python3 data/actors/leaders/generate.py [--check]

Reads every spec/<region>.spec beside this script and writes <region>.actors.txt.
With --check it writes nothing and exits 1 if any output would change or any
error was found (CI-friendly). Warnings and statistics go to stderr.

Spec format (one person per line; see README.md for the full description):

    @ USA                          # following people default to country USA
    Bill Clinton | P 19930120-20010120 | d ELI
    ^Xi Jinping | P 20130314- | a XI_JINPING_S_GOVERNMENT?   (illustrative)

Fields are separated by '|'. The first is the name (a '^' marks where the surname
starts if it is not the last word; '!' after the name forbids the surname alone).
Other fields:
    ROLE[/CODE] START-END   an office; ROLE picks title aliases (see ROLES), CODE
                            defaults to <section country>GOV; START/END are YYYYMMDD,
                            a trailing '~' marks an approximate date, an empty END
                            means still in office, an empty START means "on or before END".
    a X, Y                  extra aliases (spaces become '_')
    s SURNAME               surname used for title aliases (overrides the '^' rule)
    d CODE                  undated default code: ELI/OPP (prefixed with the section
                            country) or a full code such as IGOUNOELI
    ns                      no surname-alone alias
    nt                      no title+surname aliases (surname too common for them)
    nd                      no automatic <country>ELI default for a head of state/government
"""
import datetime
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
TODAY = datetime.date(2026, 11, 27)

# Role -> title words used to make TITLE_SURNAME and TITLE_FULL_NAME aliases.
ROLES = {
    "P": ["PRESIDENT"],
    "AP": ["ACTING_PRESIDENT", "PRESIDENT"],
    "VP": ["VICE_PRESIDENT"],
    "PM": ["PRIME_MINISTER", "PREMIER"],
    "APM": ["ACTING_PRIME_MINISTER", "PRIME_MINISTER"],
    "CH": ["CHANCELLOR"],
    "K": ["KING"],
    "Q": ["QUEEN"],
    "EMIR": ["EMIR"],
    "SULTAN": ["SULTAN"],
    "CP": ["CROWN_PRINCE"],
    "SL": ["SUPREME_LEADER", "AYATOLLAH"],
    "GS": ["GENERAL_SECRETARY"],
    "CHAIR": ["CHAIRMAN"],
    "FM": ["FOREIGN_MINISTER"],
    "DM": ["DEFENCE_MINISTER", "DEFENSE_MINISTER"],
    "IM": ["INTERIOR_MINISTER"],
    "SECM": ["SECURITY_MINISTER"],
    "POL": ["POLICE_MINISTER"],
    "JM": ["JUSTICE_MINISTER"],
    "CA": ["CHIEF_ADVISER"],
    "TS": ["TAOISEACH", "PRIME_MINISTER"],
    "SC": ["STATE_COUNSELLOR"],
    "CHM": ["CHAIRMAN"],
    "GG": ["GOVERNOR_GENERAL"],
    "PSM": ["PUBLIC_SECURITY_MINISTER", "MINISTER_OF_PUBLIC_SECURITY"],
    # United States
    "SS": ["SECRETARY_OF_STATE"],
    "SD": ["DEFENSE_SECRETARY", "SECRETARY_OF_DEFENSE"],
    "HS": ["HOMELAND_SECURITY_SECRETARY", "SECRETARY_OF_HOMELAND_SECURITY"],
    # United Kingdom
    "UFS": ["FOREIGN_SECRETARY"],
    "UHS": ["HOME_SECRETARY"],
    "UDS": ["DEFENCE_SECRETARY"],
    # Canada, Australia, India ...
    "PSAF": ["PUBLIC_SAFETY_MINISTER"],
    "HAM": ["HOME_AFFAIRS_MINISTER", "HOME_MINISTER"],
    "EAM": ["EXTERNAL_AFFAIRS_MINISTER", "FOREIGN_MINISTER"],
    # Hong Kong, UN, EU
    "CE": ["CHIEF_EXECUTIVE"],
    "HKSEC": ["SECURITY_SECRETARY", "SECRETARY_FOR_SECURITY"],
    "SG": ["SECRETARY_GENERAL", "UN_SECRETARY_GENERAL"],
    "NSG": ["NATO_SECRETARY_GENERAL", "SECRETARY_GENERAL"],
    "ECP": ["COMMISSION_PRESIDENT", "PRESIDENT"],
    "ECO": ["COUNCIL_PRESIDENT", "PRESIDENT"],
    "HR": ["HIGH_REPRESENTATIVE", "FOREIGN_POLICY_CHIEF"],
    # Title-free roles (the office is real but has no common title form in news).
    "X": [],
}

# Surnames never used alone: common words, first names, very common family names,
# place names. Surname-with-title aliases are still made unless 'nt' is given.
COMMON = set("""
LEE KIM PARK CHOI JUNG KANG CHO YOON HAN SONG SINGH KHAN WANG LI ZHANG LIU CHEN YANG
ZHAO HUANG ZHOU WU XU SUN MA HU GUO HE LIN GAO LUO LIANG XIE TANG HAN FENG DONG WEN
JOHNSON BROWN MAY SMITH JONES WILLIAMS TAYLOR DAVIES EVANS WHITE GREEN BLACK KING
RICE STRAW HUNT FOX HAGUE REID BALL BALLS LONG WARD COOK BAKER MARTIN COOPER HOWARD
SCOTT STEWART WRIGHT HILL CLARK LEWIS WALKER YOUNG HALL ALLEN MORRIS WOOD GRANT GRAY
GREY BELL ROSS PATEL SHAH KUMAR GANDHI ALI AHMED AHMAD HASSAN HUSSEIN HUSSAIN MOHAMMED
MUHAMMAD ABDULLAH SALEH SALEM RAHMAN KARIM OMAR IBRAHIM ABBAS MAHMOUD MOUSSA MUSA
HAMAD KHALID KHALIFA NASSER SULTAN FAISAL FAHD NAYEF TURKI SAUD SALMAN ZAYED RASHID
BIN AL SABAH THANI NGUYEN TRAN PHAM LE VO DO TAN LIM ONG TEO WONG CHAN HO
GARCIA LOPEZ GONZALEZ RODRIGUEZ PEREZ SANCHEZ MARTINEZ FERNANDEZ GOMEZ DIAZ CASTRO
RAMIREZ TORRES FLORES RIVERA SILVA SANTOS COSTA PEREIRA OLIVEIRA SOUZA FERREIRA
ALVES LIMA GOMES CARVALHO RIBEIRO MENDES ROCHA MORALES HERRERA MEDINA RUIZ VARGAS
SCHMIDT MULLER SCHULZ FISCHER WEBER MEYER WAGNER BECKER HOFFMANN KOCH RICHTER
KLEIN WOLF NEUMANN FRANK LANGE ROTH KRAUSE
BUSH CLINTON KERRY GATES
JAMES JOHN PAUL PETER MARK DAVID CHARLES GEORGE WILLIAM HENRY THOMAS
ANAND JOLY MOON KEY ENGLISH BISHOP HILL NELSON ANDREWS BURKE CARR PAYNE ABBOTT MORRISON HOWARD DUTTON
ISMAIL YUSUF JAMAL NOOR NOUR AZIZ AMIN HAMID SAID SAEED MOHAMED AHMADI HOSSEINI
MUSAWI MOUSAVI KAZEMI REZAEI SADR HAKIM
""".split())

# Roles whose holders get an undated <country>ELI default unless the spec gives one
# (or 'nd'): a former president or prime minister stays an elite actor.
HEAD_ROLES = {"P", "AP", "PM", "APM", "CH", "TS", "K", "Q", "EMIR", "SULTAN", "CHM", "GS",
              "CE", "SL", "CA", "SC"}

DATE_RE = re.compile(r"^(\d{8})?(~)?$")
OFFICE_RE = re.compile(r"^([A-Z]+)(?:/([A-Z]{3,12}))?\s+(\d{8}~?)?-(\d{8}~?)?$")


class SpecError(Exception):
    pass


# Letters NFKD does not decompose into ASCII.
TRANSLIT = str.maketrans({"Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "ß": "ss", "Ł": "L",
                          "ł": "l", "Đ": "D", "đ": "d", "ı": "i", "Œ": "OE", "œ": "oe",
                          "Þ": "TH", "þ": "th", "Ð": "D", "ð": "d"})


def ascii_fold(text):
    text = text.translate(TRANSLIT)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def phrase(text):
    """Spec words -> dictionary phrase: upper case, '_' between words, ASCII only."""
    text = ascii_fold(text).upper().replace("'", "").replace(".", "")
    words = text.split()
    return "_".join(words)


def hyphen_variants(p):
    """MOON_JAE-IN -> {MOON_JAE-IN, MOON_JAE_IN, MOON_JAEIN}: news spells these all ways."""
    out = [p]
    if "-" in p:
        out.append(p.replace("-", "_"))
        out.append(p.replace("-", ""))
    return out


def parse_date(s, what):
    if not s:
        return None, False
    approx = s.endswith("~")
    s = s.rstrip("~")
    try:
        d = datetime.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError as e:
        raise SpecError(f"bad {what} date {s}: {e}")
    if d > TODAY:
        raise SpecError(f"{what} date {s} is after {TODAY}")
    return d, approx


class Office:
    def __init__(self, role, code, start, end, approx):
        self.role, self.code, self.start, self.end, self.approx = role, code, start, end, approx

    def restriction(self):
        if self.start and self.end:
            return f"[{self.code} {self.start:%Y%m%d}-{self.end:%Y%m%d}]"
        if self.start:
            return f"[{self.code} >{self.start:%Y%m%d}]"
        return f"[{self.code} <{self.end:%Y%m%d}]"


class Person:
    def __init__(self, src, lineno, country):
        self.src, self.lineno, self.country = src, lineno, country
        self.name = ""
        self.surname = ""
        self.no_surname = False
        self.no_titles = False
        self.aliases = []          # explicit extra aliases
        self.offices = []
        self.default = None
        self.no_default = False

    def where(self):
        return f"{self.src}:{self.lineno}"


def parse_person(line, src, lineno, country):
    p = Person(src, lineno, country)
    fields = [f.strip() for f in line.split("|")]
    name = fields[0]
    if name.endswith("!"):
        p.no_surname = True
        name = name[:-1].strip()
    if "^" in name:
        before, after = name.split("^", 1)
        # '^Xi Jinping' -> surname XI; 'Moon ^Jae-in' would give JAE-IN
        p.surname = phrase(after.strip().split()[0])
        name = (before + after).strip()
    else:
        p.surname = phrase(name.split()[-1])
    p.name = phrase(name)
    for f in fields[1:]:
        if not f:
            continue
        if f == "ns":
            p.no_surname = True
        elif f == "nt":
            p.no_titles = True
        elif f == "nd":
            p.no_default = True
        elif f.startswith("a "):
            p.aliases += [phrase(a) for a in f[2:].split(",") if a.strip()]
        elif f.startswith("s "):
            p.surname = phrase(f[2:])
        elif f.startswith("d "):
            code = f[2:].strip()
            if len(code) == 3 and not country:
                raise SpecError("3-letter default code outside a country section")
            p.default = country + code if len(code) == 3 else code
        else:
            m = OFFICE_RE.match(f)
            if not m:
                raise SpecError(f"cannot read field '{f}'")
            role, code, s, e = m.groups()
            if role not in ROLES:
                raise SpecError(f"unknown role {role}")
            if not country and not code:
                raise SpecError("office without code outside a country section")
            code = code or country + "GOV"
            if len(code) == 3:
                code += "GOV"
            start, a1 = parse_date(s, "start")
            end, a2 = parse_date(e, "end")
            if not start and not end:
                raise SpecError(f"office '{f}' has no dates")
            if start and end and start > end:
                raise SpecError(f"office '{f}' ends before it starts")
            p.offices.append(Office(role, code, start, end, a1 or a2))
    if not p.offices and not p.default:
        raise SpecError(f"{p.name} has neither an office nor a default code")
    if not p.default and not p.no_default:
        # Former (and future) heads of state or government are elites outside their terms.
        heads = [o for o in p.offices if o.role in HEAD_ROLES and o.code.endswith("GOV")
                 and len(o.code) == 6]
        if heads:
            p.default = heads[-1].code[:3] + "ELI"
    return p


def read_spec(path):
    people, errors = [], []
    country = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("@"):
            country = line[1:].strip().upper()
            if not re.match(r"^[A-Z]{3}$", country):
                errors.append(f"{path.name}:{n}: bad section '{line}'")
            continue
        try:
            people.append(parse_person(line, path.name, n, country))
        except SpecError as e:
            errors.append(f"{path.name}:{n}: {e}")
    return people, errors


def derived_aliases(p):
    """Aliases made from titles and the surname; the second set may be dropped on clash."""
    full = set(hyphen_variants(p.name))
    for a in p.aliases:
        full.update(hyphen_variants(a))
    derived = set()
    titles = []
    for o in p.offices:
        for t in ROLES[o.role]:
            if t not in titles:
                titles.append(t)
    # Arabic article: AL-SUDANI also gives SUDANI (news writes both).
    surnames = [p.surname] if p.surname else []
    m = re.match(r"^(AL|EL|AD|AS|AZ|AN|AR|ASH|AT)[-_](.+)$", p.surname or "")
    if m:
        surnames.append(m.group(2))
    for t in titles:
        full.update(hyphen_variants(f"{t}_{p.name}"))
        for sn in surnames:
            if not p.no_titles and f"{t}_{sn}" != f"{t}_{p.name}":
                derived.update(hyphen_variants(f"{t}_{sn}"))
    for sn in surnames:
        if (not p.no_surname and sn not in COMMON and sn != p.name
                and "_" not in sn and len(sn) > 3):
            derived.update(hyphen_variants(sn))
    return full, derived - full


def merge_offices(offices):
    """Join ranges of one code that touch or overlap, keeping the spec order otherwise."""
    out = []
    for o in offices:
        if out and out[-1].code == o.code and out[-1].end is None and out[-1].start \
                and o.start and o.start >= out[-1].start:
            out[-1].approx = out[-1].approx or o.approx
            continue   # an open-ended office already covers this one
        if out and out[-1].code == o.code and out[-1].end and o.start and out[-1].start \
                and (o.start - out[-1].end).days <= 1:
            prev = out[-1]
            out[-1] = Office(prev.role, prev.code, prev.start,
                             max(prev.end, o.end) if o.end else None, prev.approx or o.approx)
            continue
        out.append(o)
    return out


def check_overlaps(people):
    """Two holders of one office (role+code) should not overlap by more than a day."""
    warns = []
    by_office = {}
    for p in people:
        for o in p.offices:
            by_office.setdefault((o.role, o.code), []).append((o, p))
    skip = {"X", "AP", "APM", "VP", "CP", "GS", "CHAIR", "CHM", "SECM", "PSAF", "HAM", "JM"}
    for (role, code), lst in by_office.items():
        if role in skip:
            continue
        lst.sort(key=lambda t: t[0].start or datetime.date(1900, 1, 1))
        for (a, pa), (b, pb) in zip(lst, lst[1:]):
            a_end = a.end or TODAY
            if b.start and (a_end - b.start).days > 1 and pa is not pb:
                warns.append(f"overlap {role}/{code}: {pa.name} (to {a_end}) and "
                             f"{pb.name} (from {b.start}) [{pa.where()}, {pb.where()}]")
    return warns


def render(people_in_file, keep):
    lines = []
    for p in people_in_file:
        full, derived = keep[id(p)]
        lines.append(f"# {p.where()}")
        lines.append(p.name)
        for a in sorted((full | derived) - {p.name}):
            lines.append("+" + a)
        for o in merge_offices(p.offices):
            lines.append("\t" + o.restriction() + ("  # approx" if o.approx else ""))
        if p.default:
            lines.append(f"\t[{p.default}]")
        lines.append("")
    return lines


HEADER = """# vigil leaders dictionary: {region}
# GENERATED by data/actors/leaders/generate.py from spec/{region}.spec -- do not edit.
# Written by the vigil team from general knowledge; Apache-2.0 (see README.md).
# Dated codes: [CODE a-b] inclusive, [CODE >a] still in office, [CODE <b] on or before.
# Lines marked '# approx' carry a date we are not sure of to the day.
"""


def main(argv):
    check = "--check" in argv
    specs = sorted((HERE / "spec").glob("*.spec"))
    all_people, errors, by_file = [], [], {}
    for s in specs:
        people, errs = read_spec(s)
        errors += errs
        by_file[s.stem] = people
        all_people += people
    # Alias clashes: a derived alias used by two people is dropped from both;
    # a full-name clash is an error (the two entries would shadow each other).
    aliases = {}
    for p in all_people:
        full, derived = derived_aliases(p)
        aliases[id(p)] = (full, derived)
    owners = {}
    for p in all_people:
        full, derived = aliases[id(p)]
        for a in full | derived:
            owners.setdefault(a, []).append(p)
    dropped = []
    keep = {}
    for p in all_people:
        full, derived = aliases[id(p)]
        for a in full:
            if len(owners[a]) > 1 and a in aliases[id(owners[a][0])][0] and owners[a][0] is not p:
                errors.append(f"{p.where()}: alias {a} also a full name/alias of "
                              f"{owners[a][0].name} ({owners[a][0].where()})")
        d2 = set()
        for a in derived:
            if len(owners[a]) > 1:
                dropped.append(a)
            else:
                d2.add(a)
        keep[id(p)] = (full, d2)
    warns = check_overlaps(all_people)
    # One entry must not give two codes for one day (vigil's dictionary check flags it).
    for p in all_people:
        offs = merge_offices(p.offices)
        for i, a in enumerate(offs):
            for b in offs[i + 1:]:
                if a.code == b.code:
                    continue
                a0, a1 = a.start or datetime.date(1, 1, 1), a.end or TODAY
                b0, b1 = b.start or datetime.date(1, 1, 1), b.end or TODAY
                if a0 <= b1 and b0 <= a1:
                    errors.append(f"{p.where()}: {p.name} has {a.code} and {b.code} on one day")
    # Phrases also defined by the project's other actor files (names of places etc.).
    others = set()
    for f in sorted(HERE.parent.rglob("*.actors.txt")):
        if f.parent == HERE:
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if line and not line[0].isspace() and not line.startswith("#"):
                others.add(line.lstrip("+").split()[0] if line.lstrip("+").split() else "")
    for p in all_people:
        full, derived = keep[id(p)]
        for a in sorted((full | derived) & others):
            warns.append(f"{p.where()}: {a} is also a phrase in another actor file")
    for w in warns:
        print("warning:", w, file=sys.stderr)
    for e in errors:
        print("error:", e, file=sys.stderr)
    changed = False
    n_codes = 0
    for region, people in by_file.items():
        text = HEADER.format(region=region) + "\n" + "\n".join(render(people, keep))
        n_codes += sum(len(merge_offices(p.offices)) for p in people)
        out = HERE / f"{region}.actors.txt"
        old = out.read_text(encoding="utf-8") if out.exists() else None
        if old != text:
            changed = True
            if not check:
                out.write_text(text, encoding="utf-8")
    countries = sorted({o.code[:3] if not o.code.startswith("IGO") else o.code
                        for p in all_people for o in p.offices})
    print(f"people={len(all_people)} dated_codes={n_codes} "
          f"approx={sum(o.approx for p in all_people for o in p.offices)} "
          f"codes_prefixes={len(countries)} dropped_aliases={len(set(dropped))} "
          f"warnings={len(warns)} errors={len(errors)}", file=sys.stderr)
    if "-v" in argv:
        print("dropped:", " ".join(sorted(set(dropped))), file=sys.stderr)
        print("countries:", " ".join(countries), file=sys.stderr)
    if errors or (check and changed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
