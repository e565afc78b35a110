#!/usr/bin/python3
"""Regenerates cameo-events.tsv and cameo-plover.tsv from the published standards.

Inputs (not shipped with vigil; the team keeps them in ../shared/reference):
  cameo-codebook.csv      CAMEO codes, short names and Goldstein scores
  CAMEO2PLOVER-2021.csv   the official CAMEO->PLOVER mapping, PLOVER draft 0.8 (CC BY-SA 4.0)

Only facts are taken: code numbers, the standard short names, Goldstein values and the
code->PLOVER correspondence. Descriptions and usage notes are not copied.
vigil's decisions (see README.md) are applied here, in code, so they can be reviewed.

Usage: /usr/bin/python3 data/cameo/generate.py [REFERENCE_DIR]
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "reference")


def quad_class(root):
    r = int(root)
    if r <= 5:
        return 1
    if r <= 9:
        return 2
    if r <= 14:
        return 3
    return 4


def short_name(name):
    # Root rows are upper case in the codebook; write every name in sentence case.
    name = name.strip()
    if name.isupper():
        name = name.lower()
    return name[0].upper() + name[1:]


def fmt_goldstein(g):
    v = float(g)
    return ("%.1f" % v)


def main():
    codes = []
    with open(os.path.join(REF, "cameo-codebook.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            codes.append((row["code"], row["root_code"], short_name(row["name"]), fmt_goldstein(row["goldstein"])))

    mapping = {}
    with open(os.path.join(REF, "CAMEO2PLOVER-2021.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["cameo"].strip()
            if code in mapping:
                continue  # root 08 is listed twice (CONCEDE, then RETREAT): keep the first
            event = row["plover_event"].strip()
            mode = row["plover_mode"].strip()
            context = row["plover_context"].strip().replace("; ", ";")
            if mode == "pro_autocracy":
                # 175: the source puts a context value in the mode column; move it.
                context = "pro_autocracy;" + context if context else "pro_autocracy"
                mode = ""
            mapping[code] = (event, mode, context)

    with open(os.path.join(HERE, "cameo-events.tsv"), "w", encoding="utf-8") as out:
        out.write("# CAMEO event codes, short names and Goldstein scores from the CAMEO codebook.\n")
        out.write("# quad_class: vigil's choice, 1 = roots 01-05, 2 = 06-09, 3 = 10-14, 4 = 15-20.\n")
        out.write("code\troot\tname\tgoldstein\tquad_class\n")
        for code, root, name, g in codes:
            out.write("%s\t%s\t%s\t%s\t%d\n" % (code, root, name, g, quad_class(root)))

    with open(os.path.join(HERE, "cameo-plover.tsv"), "w", encoding="utf-8") as out:
        out.write("# CAMEO -> PLOVER, from the official CAMEO-to-PLOVER table (PLOVER draft 0.8, 2021),\n")
        out.write("# CC BY-SA 4.0. Empty event = no PLOVER type. vigil's decisions: see README.md.\n")
        out.write("code\tplover_event\tplover_mode\tplover_context\n")
        for code, root, _, _ in codes:
            if root == "01":
                event, mode, context = "", "", ""          # plain statements: no PLOVER type
            elif root == "02":
                # Appeals are REQUESTs (as POLECAT codes them), with the mode of the 10x code.
                demand = "10" + code[2:]
                _, mode, context = mapping.get(demand, ("", "", ""))
                event = "REQUEST"
            else:
                event, mode, context = mapping.get(code, ("", "", ""))
                if not event:
                    sys.exit("no PLOVER mapping for CAMEO %s" % code)
                if code == "163":
                    # Embargoes, boycotts and sanctions: the table says COERCE, but PLOVER's
                    # own definition of SANCTION covers cutting or restricting trade and other
                    # exchange to punish, with the rest of root 16; vigil follows it.
                    event = "SANCTION"
            out.write("%s\t%s\t%s\t%s\n" % (code, event, mode, context))


if __name__ == "__main__":
    main()
