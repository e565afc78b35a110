#!/usr/bin/env bash
# vigil code over several threads: the output is byte-identical to one thread's (input
# order whatever -j is, from a file or a stream), and progress goes to standard error only
# when it is a terminal.
#   threads_test.sh PATH/TO/vigil CASE [CORPUS]
# Sentences are written for this test; the corpus is read in place (../shared) and the
# case skips (exit 77) when it is absent. Times are never asserted (see bench/).
set -u
vigil=$1
case_name=$2
corpus=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

failures=0
fail() { echo "FAIL [$case_name]: $*" >&2; failures=$((failures + 1)); }

# written N: N documents whose events differ from one to the next.
written() {
  local sources=(Canada France Japan Brazil Kenya Germany) targets=(China Russia Iran Chile)
  local verbs=(condemned praised "met with" accused thanked)
  for ((i = 0; i < $1; i++)); do
    printf '{"id": "w%d", "date": "2020-06-%02d", "text": "%s %s %s. The minister said it was statement %d. %s criticised %s."}\n' \
      "$i" $((1 + i % 28)) "${sources[i % 6]}" "${verbs[i % 5]}" "${targets[i % 4]}" "$i" \
      "${targets[(i + 1) % 4]}" "${sources[(i + 2) % 6]}"
  done
}

# same_output FILE: -j 1 from the file, -j 2 and -j 3 from it and from standard input.
same_output() {
  "$vigil" code -j 1 --quiet "$1" > one.jsonl 2> one.err || fail "-j 1 failed: $(head -c 400 one.err)"
  [ -s one.jsonl ] || fail "-j 1 wrote no events"
  "$vigil" code -j 2 --quiet "$1" > two.jsonl 2> two.err || fail "-j 2 failed: $(head -c 400 two.err)"
  cmp -s one.jsonl two.jsonl || fail "-j 2 output differs from -j 1 ($(diff one.jsonl two.jsonl | head -c 400))"
  "$vigil" code -j 3 --quiet < "$1" > three.jsonl 2> three.err || fail "-j 3 failed"
  cmp -s one.jsonl three.jsonl || fail "-j 3 on standard input differs from -j 1"
  "$vigil" code --quiet < "$1" > all.jsonl 2> all.err || fail "default -j failed"
  cmp -s one.jsonl all.jsonl || fail "the default -j (every core) differs from -j 1"
}

case "$case_name" in

written)
  # More documents than the window in flight (64 per thread), so that it wraps.
  written 500 > docs.jsonl
  same_output docs.jsonl
  [ "$(wc -l < one.jsonl)" -ge 500 ] || fail "fewer events than documents"
  ;;

corpus)
  if [ ! -f "$corpus" ]; then
    echo "SKIP: $corpus is absent (the news corpora live in ../shared/corpora)"
    exit 77
  fi
  head -200 "$corpus" > docs.jsonl
  same_output docs.jsonl
  ;;

progress)
  written 6000 > docs.jsonl
  # Not a terminal: no progress, only the summary.
  "$vigil" code -j 2 docs.jsonl > out.jsonl 2> err.txt
  ! grep -q "documents/s" err.txt || fail "progress written to a file: $(head -c 300 err.txt)"
  grep -q "vigil code: 6000 documents" err.txt || fail "no summary: $(head -c 300 err.txt)"
  # A terminal (script gives the command one): progress with documents/s and sentences/s.
  script -qec "$vigil code -j 1 docs.jsonl > out.jsonl" /dev/null > tty.txt 2>&1
  grep -q "documents/s, [0-9]* sentences/s" tty.txt || fail "no progress on a terminal: $(head -c 300 tty.txt)"
  script -qec "$vigil code -j 1 --quiet docs.jsonl > out.jsonl" /dev/null > quiet.txt 2>&1
  ! grep -q "documents/s" quiet.txt || fail "progress under --quiet"
  ;;

*)
  echo "unknown case $case_name" >&2
  exit 2
  ;;
esac

[ "$failures" -eq 0 ] || exit 1
echo "ok [$case_name]"
