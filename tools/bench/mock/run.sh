#!/usr/bin/env bash
# Benchmarks the reference provider against WireMock standalone and Prism (npm, pinned in
# package.json) in one run, on loopback only, every load bounded in time. Prints a Markdown summary
# and writes it to $OUT (default: tools/bench/mock/results.md).
#
#   tools/bench/mock/run.sh            # all measurements (about 3 minutes)
#   DURATION=5s tools/bench/mock/run.sh
#
# Needs: dotnet, wrk (apt-get install wrk), curl, openssl, node/npx and a JDK for WireMock.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-32}"
out="${OUT:-$here/results.md}"
port_mock=15080; port_wiremock=15081; port_prism=15082; port_big=15083
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -d "$here/node_modules" ] || (cd "$here" && npm install --no-audit --no-fund >/dev/null)

# R2R=1 publishes ReadyToRun (precompiled) binaries, as a deployment would; default: a Release build.
if [ "${R2R:-0}" = 1 ]; then
  echo "publishing Release (ReadyToRun)..." >&2
  dotnet publish "$root/mock-server/Conformance.Mock" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$here/.publish" -v q -nologo >/dev/null
  dll="$here/.publish/Conformance.Mock.dll"; build="Release, ReadyToRun"
else
  echo "building Release..." >&2
  dotnet build "$root/mock-server/Conformance.Mock" -c Release -v q -nologo >/dev/null
  dll="$root/mock-server/Conformance.Mock/bin/Release/net10.0/Conformance.Mock.dll"; build="Release"
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
token="$("$here/make-token.sh")"
ids="C100001,C100002,C100003,C100004,C100005,C100006,C100007,C100008,C100009,C100010"

now_ms() { date +%s%3N; }
wait_up() { # url timeout-seconds -> prints ms waited
  local start; start=$(now_ms)
  for _ in $(seq 1 $(( $2 * 200 ))); do
    if curl -fs -o /dev/null "$1"; then echo $(( $(now_ms) - start )); return 0; fi
    sleep 0.005
  done
  echo "timeout waiting for $1" >&2; return 1
}
rps() { awk '/Requests\/sec/ {print $2}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
hwm_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# 1. Start-up to the first answered FiNUM request (auth and seeding included), median of 5 cold starts.
starts=()
first="http://127.0.0.1:$port_mock/finum/v1/contract-list?id-list=C100001"
for _ in 1 2 3 4 5; do
  t0=$(now_ms)
  dotnet "$dll" --urls "http://127.0.0.1:$port_mock" --quiet & pid=$!
  until curl -fs -o /dev/null "$first" -H "Authorization: Bearer $token"; do sleep 0.005; done
  starts+=($(( $(now_ms) - t0 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
startup=$(printf '%s\n' "${starts[@]}" | median)
echo "start-up: ${starts[*]} ms (median $startup)" >&2

# 2. /contract-list with 10 ids, auth included, 32 connections.
dotnet "$dll" --urls "http://127.0.0.1:$port_mock" --quiet & pids+=($!)
wait_up "http://127.0.0.1:$port_mock/__admin/health" 20 >/dev/null
url="http://127.0.0.1:$port_mock/finum/v1/contract-list?id-list=$ids"
body="$(curl -fs "$url" -H "Authorization: Bearer $token")"
wrk -t2 -c"$connections" -d3s -H "Authorization: Bearer $token" "$url" >/dev/null   # warm-up
mock_rps=$(wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$url" | rps)
echo "reference provider: $mock_rps req/s" >&2
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

# 3. WireMock standalone serving the same body as a static stub.
(cd "$here" && npx --no-install wiremock --port "$port_wiremock" --disable-banner --no-request-journal >/dev/null 2>&1) & pids+=($!)
wait_up "http://127.0.0.1:$port_wiremock/__admin/health" 90 >/dev/null
stub=$(node -e 'const b=process.argv[1];process.stdout.write(JSON.stringify({request:{method:"GET",urlPath:"/finum/v1/contract-list"},response:{status:200,headers:{"Content-Type":"application/json"},body:b}}))' "$body")
curl -fs -o /dev/null -X POST "http://127.0.0.1:$port_wiremock/__admin/mappings" -H 'Content-Type: application/json' -d "$stub"
wurl="http://127.0.0.1:$port_wiremock/finum/v1/contract-list?id-list=$ids"
wrk -t2 -c"$connections" -d5s -H "Authorization: Bearer $token" "$wurl" >/dev/null   # JIT warm-up
wiremock_rps=$(wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$wurl" | rps)
echo "wiremock: $wiremock_rps req/s" >&2
pkill -P "${pids[-1]}" 2>/dev/null || true; kill "${pids[-1]}" 2>/dev/null || true; wait "${pids[-1]}" 2>/dev/null || true
sleep 1

# 4. Prism serving the contract's example for the same operation.
(cd "$here" && npx --no-install prism mock -p "$port_prism" -h 127.0.0.1 "$root/fixtures/apis/finum/openapi.yaml" >/dev/null 2>&1) & pids+=($!)
purl="http://127.0.0.1:$port_prism/contract-list?id-list=$ids"
wait_up_auth() { for _ in $(seq 1 600); do curl -fs -o /dev/null "$purl" -H "Authorization: Bearer $token" && return 0; sleep 0.1; done; return 1; }
wait_up_auth
wrk -t2 -c"$connections" -d3s -H "Authorization: Bearer $token" "$purl" >/dev/null
prism_rps=$(wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$purl" | rps)
echo "prism: $prism_rps req/s" >&2
pkill -P "${pids[-1]}" 2>/dev/null || true; kill "${pids[-1]}" 2>/dev/null || true; wait "${pids[-1]}" 2>/dev/null || true

# 5. /contract-id-list-updated returning 50,000 ids: median latency, one connection.
dotnet "$dll" --urls "http://127.0.0.1:$port_mock" --quiet --seed-count finum.contract=50000 & pids+=($!)
wait_up "http://127.0.0.1:$port_mock/__admin/health" 30 >/dev/null
uurl="http://127.0.0.1:$port_mock/finum/v1/contract-id-list-updated?since=1970-01-01T00:00:00Z"
count=$(curl -fs "$uurl" -H "Authorization: Bearer $token" | tr -cd ',' | wc -c); count=$((count + 1))
wrk -t1 -c1 -d3s -H "Authorization: Bearer $token" "$uurl" >/dev/null
p50=$(wrk -t1 -c1 -d"$duration" --latency -H "Authorization: Bearer $token" "$uurl" | awk '$1=="50%" {print $2}')
echo "id-list-updated: $count ids, median $p50" >&2
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

# 6. 1,000,000 seeded contracts: time to first answer, then every id fetched once and a sample of records.
t0=$(now_ms)
dotnet "$dll" --urls "http://127.0.0.1:$port_big" --quiet --seed-count finum.contract=1000000 & big=$!; pids+=($big)
wait_up "http://127.0.0.1:$port_big/__admin/health" 120 >/dev/null
until curl -fs -o /dev/null "http://127.0.0.1:$port_big/finum/v1/contract-list?id-list=C100001" -H "Authorization: Bearer $token"; do sleep 0.01; done
big_start=$(( $(now_ms) - t0 ))
big_ids=$(curl -fs "http://127.0.0.1:$port_big/finum/v1/contract-id-list-updated?since=1970-01-01T00:00:00Z" -H "Authorization: Bearer $token" | tr -cd ',' | wc -c); big_ids=$((big_ids + 1))
last=$(curl -fs "http://127.0.0.1:$port_big/finum/v1/contract-list?id-list=C1100000" -H "Authorization: Bearer $token" | head -c 60)
big_rss=$(rss_mb "$big"); big_hwm=$(hwm_mb "$big")
echo "1M contracts: up in $big_start ms, $big_ids ids, RSS $big_rss MB (peak $big_hwm MB), last: $last" >&2
kill "$big"; wait "$big" 2>/dev/null || true

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
ratio=$(awk -v a="$mock_rps" -v b="$wiremock_rps" 'BEGIN {printf "%.1f", a/b}')
{
  echo "Build: $build. Machine: $(nproc) cores, load average $load_before before and $load_after after the run (shared machine)."
  echo
  echo "| measurement | budget | result |"
  echo "|---|---|---|"
  echo "| start-up to first answered \`/contract-list\` (default seeds, median of 5) | < 1 s | ${startup} ms (${starts[*]}) |"
  echo "| \`/contract-list\`, 10 ids, auth, ${connections} connections, ${duration} | ≥ 20,000 req/s | ${mock_rps} req/s |"
  echo "| WireMock ${WIREMOCK_VERSION:-3.13.2} standalone, same body as a static stub | — | ${wiremock_rps} req/s (reference provider ${ratio}×; budget ≥ 4×) |"
  echo "| Prism 5.16.0 mock of the contract's example | — | ${prism_rps} req/s |"
  echo "| \`/contract-id-list-updated\` returning ${count} ids, median, 1 connection | < 30 ms | ${p50} |"
  echo "| 1,000,000 seeded contracts (default 30 clients): start to first answered \`/contract-list\` | < 20 s | ${big_start} ms |"
  echo "| … resident memory after listing all ${big_ids} ids | < 1.5 GB | ${big_rss} MB (peak ${big_hwm} MB) |"
} | tee "$out"
