#!/usr/bin/env bash
# vigil serve under load: wrk on loopback, bounded in time and connections (issue 15).
#   bench/load/run.sh BUILD STORE [SECONDS] [CONNECTIONS]
# Serves STORE (a store of >= 1M events, e.g. grown as bench/server/README.md says)
# read-only on a free loopback port and runs wrk with bench/load/requests.lua: a mix of the
# dashboard's requests. Prints wrk's summary with p50/p99 latency.
# A benchmark, not a test: nothing is asserted. Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
build=$1 store=$2 seconds=${3:-60} connections=${4:-64}
here=$(cd "$(dirname "$0")" && pwd)
command -v wrk >/dev/null || { echo "run.sh: wrk not found (apt-get install wrk)" >&2; exit 77; }
log=$(mktemp)
"$build/vigil" serve --db "$store" --port 0 > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q "http://" "$log" && break; sleep 0.2; done
url=$(grep -o "http://[^ /]*" "$log" | head -1)
[[ -n $url ]] || { echo "run.sh: vigil serve did not start: $(cat "$log")" >&2; exit 1; }
echo "load: $url, $(sqlite3 -readonly "$store" 'SELECT count(*) FROM events') events, ${seconds} s, $connections connections"
wrk -t 2 -c "$connections" -d "${seconds}s" --timeout 60s --latency -s "$here/requests.lua" "$url"
