#!/usr/bin/env bash
# Time and peak memory of vigil code on hostile input (docs/bad-input.md): a 720 KB comma
# splice, the same after an unbalanced quotation mark, and one 50 MB document. The inputs
# are generated here from sentences of our own.
#   bench/bad_input/run.sh [BUILD]        (default build/release)
set -euo pipefail
build=${1:-build/release}
vigil=$(cd "$(dirname "$build/vigil")" && pwd)/vigil
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$work" <<'PY'
import json, sys
out = sys.argv[1]
splice = "The United States condemned Russia, " * 20000
def write(name, doc_id, text):
    with open(f"{out}/{name}", "w") as f:
        f.write(json.dumps({"id": doc_id, "date": "2020-06-01", "text": text}) + "\n")
write("splice.jsonl", "splice", splice)
write("quote.jsonl", "quote", 'He said "' + splice)
para = ("The United States condemned Russia on Tuesday after its troops crossed the border. "
        "Officials in Kiev said the attack killed three soldiers. "
        "Germany urged both sides to return to talks in Geneva, and France offered to mediate. "
        "Protesters gathered outside the Russian embassy in London. ")
write("big.jsonl", "big", "\n\n".join([para] * (50_000_000 // len(para))))
PY
for input in splice quote big; do
  /usr/bin/time -f "$input: %e s, peak %M KB" "$vigil" code --quiet "$work/$input.jsonl" > /dev/null 2> "$work/err"
  grep -v "^vigil code:" "$work/err" || true
done
