#!/usr/bin/env bash
# Seyna budgets (docs/performance.md, "Seyna"): seeding a portfolio of 100,000 contracts with their
# receipts, a full cursor traversal of it at limit 100 with the provider's memory sampled along the
# way, list pages of 100 with HTTP Basic at 32 connections, and the Seyna suite end to end. Loopback
# only, every load bounded in time.
#
#   tools/bench/seyna/run.sh                 # about two minutes
#   CONTRACTS=20000 DURATION=5s tools/bench/seyna/run.sh
#
# Needs: dotnet, curl, python3, wrk (apt-get install wrk).
set -euo pipefail
# The module figures are taken on the plain Kestrel engine (ENGINE=wiremock for the default engine).
engine="${ENGINE:-kestrel}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
contracts="${CONTRACTS:-100000}"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-32}"
port=15090
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

echo "building Release..." >&2
dotnet build "$root/mock-server/Conformance.Mock" -c Release -v q -nologo >/dev/null
dotnet build "$root/suites/Conformance.Cli" -c Release -v q -nologo >/dev/null
mock="$root/mock-server/Conformance.Mock/bin/Release/net10.0/Conformance.Mock.dll"
cli="$root/suites/Conformance.Cli/bin/Release/net10.0/conformance.dll"
user="$(cat "$root/fixtures/credentials/seyna/username.txt")"
secret="$(cat "$root/fixtures/credentials/seyna/password.txt")"
auth="Basic $(printf '%s:%s' "$user" "$secret" | base64 -w0)"
base="http://127.0.0.1:$port/seyna/v2"
now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
started=0
start() { # extra args... -> sets $pid and $started (ms until the first answered Seyna request)
  local t0; t0=$(now_ms)
  dotnet "$mock" --engine "$engine" --urls "http://127.0.0.1:$port" --quiet "$@" >/dev/null 2>&1 & pid=$!
  until curl -fs -o /dev/null -H "Authorization: $auth" "$base/portfolios/pf_0001"; do
    kill -0 "$pid" 2>/dev/null || { echo "the provider stopped" >&2; exit 1; }
    sleep 0.005
  done
  started=$(( $(now_ms) - t0 ))
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. Start-up with the default seed (40 contracts) and with $contracts contracts, median of 3 each.
for n in default "$contracts"; do
  times=()
  for _ in 1 2 3; do
    if [ "$n" = default ]; then start; else start --seed-count "seyna.contract=$n"; fi
    times+=("$started")
    stop
  done
  echo "start-up to the first Seyna answer, seed $n: $(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p) ms (runs: ${times[*]})"
done

# 2. A full traversal of every contract and of the contract versions at limit 100, RSS sampled.
start --seed-count "seyna.contract=$contracts"
python3 - "$base" "$auth" "$pid" <<'PY'
import json, sys, time, urllib.request
base, auth, pid = sys.argv[1], sys.argv[2], sys.argv[3]
def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
for endpoint in ("contracts", "contract-versions", "receipts"):
    seen, pages, nxt, samples, t0 = set(), 0, None, [], time.time()
    while True:
        url = f"{base}/portfolios/pf_0001/{endpoint}?limit=100" + (f"&from={urllib.parse.quote(nxt)}" if nxt else "")
        page = json.load(urllib.request.urlopen(urllib.request.Request(url, headers={"Authorization": auth})))
        for item in page["data"]:
            key = (item["id"], item.get("version"))
            assert key not in seen, f"{key} served twice"
            seen.add(key)
        pages += 1
        if pages in (1, 10, 100) or pages % 500 == 0:
            samples.append((pages, rss()))
        nxt = page.get("next")
        if not nxt:
            break
    samples.append((pages, rss()))
    print(f"traversal of {endpoint}: {len(seen)} items once each, {pages} pages in {time.time() - t0:.1f} s; RSS MB by pages read: "
          + ", ".join(f"{p}: {m}" for p, m in samples))
PY

# 3. A list page of 100 contracts with HTTP Basic, $connections connections.
url="$base/portfolios/pf_0001/contracts?limit=100"
wrk -t2 -c"$connections" -d"$duration" -H "Authorization: $auth" "$url" | awk '/Requests\/sec|Latency|requests in/'
echo "RSS after the load: $(rss_mb "$pid") MB"
stop

# 4. The Seyna suite against the embedded provider, wall time including start-up.
t0=$(now_ms)
dotnet "$cli" run --api seyna --report-dir "$(mktemp -d)" | tail -1
echo "Seyna suite wall time: $(( $(now_ms) - t0 )) ms"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
