#!/usr/bin/python3
"""Throughput of vigil beyond one thread: `vigil code -j 1` vs `-j 2`, the Python
package's code_many vs the command line on the same documents, and vigil.dask on a
LocalCluster of worker processes. Speed is measured here, never asserted in tests.

    PYTHONPATH=BUILD/python /usr/bin/python3 bench/python/throughput.py \\
        --vigil BUILD/vigil [--workers 2] [--limit N] ../shared/corpora/*.jsonl

Each line: what ran, documents, events, wall seconds, CPU seconds (user + system, all
threads), documents per wall second. The corpora are read
in place (they never enter the project). Wall time includes loading the dictionaries
(~0.3 s) for the command line; the Python and Dask rows time the coding only (the Coder
is opened before, as a program coding many batches would).
"""

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import time


def read_docs(paths, limit):
    docs = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in itertools.islice(f, limit):
                if line.strip():
                    docs.append(json.loads(line))
    return docs


def row(what, docs, events, seconds, cpu=None):
    cpu_text = f" {cpu:8.2f} CPU-s" if cpu is not None else " " * 15
    print(f"{what:<46} {docs:>7} docs {events:>7} events {seconds:8.2f} s{cpu_text} "
          f"{docs / seconds:9.1f} docs/s", flush=True)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(vigil, threads, path, limit):
    if limit:
        with open(path, "rb") as f:
            data = b"".join(itertools.islice(f, limit))
        args, stdin = [vigil, "code", "-j", str(threads), "--quiet"], data
    else:
        args, stdin = [vigil, "code", "-j", str(threads), "--quiet", path], None
    start, cpu = time.perf_counter(), children_cpu()
    out = subprocess.run(args, input=stdin, capture_output=True, check=True)
    return time.perf_counter() - start, children_cpu() - cpu, out.stdout.count(b"\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+")
    parser.add_argument("--vigil", required=True, help="the vigil program (BUILD/vigil)")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes")
    parser.add_argument("--limit", type=int, default=0, help="first N documents of each corpus")
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()

    import vigil

    for path in args.corpora:
        name = os.path.basename(path)
        docs = read_docs([path], args.limit or None)
        for threads in (1, 2):
            seconds, cpu, events = run_cli(args.vigil, threads, path, args.limit)
            row(f"vigil code -j {threads} {name}", len(docs), events, seconds, cpu)
        coder = vigil.Coder()
        for threads in (1, 2):
            start, cpu = time.perf_counter(), time.process_time()
            events = coder.code_many(docs, threads=threads)
            row(f"Coder.code_many(threads={threads}) {name}", len(docs), len(events),
                time.perf_counter() - start, time.process_time() - cpu)

    if args.skip_dask:
        return
    import dask.bag as db
    import distributed
    import vigil.dask

    docs = read_docs(args.corpora, args.limit or None)
    with distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        # Warm the workers (start-up and one dictionary load each) before timing.
        client.run(lambda: vigil._cached_coder() and None)
        bag = db.from_sequence(docs, npartitions=8 * args.workers)
        start = time.perf_counter()
        events = vigil.dask.code_bag(bag).count().compute()
        row(f"vigil.dask.code_bag, {args.workers} workers, all corpora", len(docs), events,
            time.perf_counter() - start)


if __name__ == "__main__":
    sys.exit(main())
