#!/usr/bin/env python3
"""Writes copies of JSON Lines corpora under new document ids, for growing a store past a
million events with `vigil ingest` (bench/server/README.md).

    synth_corpus.py --copies N [--ids FILE] CORPUS.jsonl... | vigil ingest --db big.db -

Copy k (1..N) of document D has the id "D~k" and, when D has a date, that date plus k
weeks, so that date filters select a part of the grown store. --ids keeps only the
documents whose id is a line of FILE (e.g. those that gave events: copying the others
costs coding time and adds no event). Nothing is written but standard output; the copies
are read from the corpora in place (third-party text stays in ../shared).
"""
import argparse
import datetime
import json
import sys


def shifted(date, weeks):
    """YYYY-MM-DD[...] moved by `weeks`; other forms (YYYY, YYYY-MM, none) unchanged."""
    if not isinstance(date, str) or len(date) < 10:
        return date
    try:
        day = datetime.date.fromisoformat(date[:10])
    except ValueError:
        return date
    return (day + datetime.timedelta(weeks=weeks)).isoformat() + date[10:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, required=True, help="copies of each document")
    ap.add_argument("--first", type=int, default=1, help="number of the first copy (resume)")
    ap.add_argument("--ids", help="keep only the document ids listed in this file")
    ap.add_argument("corpora", nargs="+")
    args = ap.parse_args()
    keep = None
    if args.ids:
        with open(args.ids, encoding="utf-8") as f:
            keep = {line.strip() for line in f if line.strip()}
    docs = []
    for path in args.corpora:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                doc = json.loads(line)
                if keep is None or doc.get("id") in keep:
                    docs.append(doc)
    out = sys.stdout
    for k in range(args.first, args.first + args.copies):
        for doc in docs:
            copy = dict(doc)
            copy["id"] = f"{doc['id']}~{k}"
            copy["date"] = shifted(doc.get("date"), k)
            out.write(json.dumps(copy, ensure_ascii=False))
            out.write("\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.exit(1)
