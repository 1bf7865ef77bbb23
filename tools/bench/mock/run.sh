#!/usr/bin/env bash
# Benchmarks the reference provider on both engines (WireMock.Net, Kestrel) against WireMock
# standalone, WireMock.Net serving the same bytes as a static stub, and Prism (npm, pinned in
# package.json) in one run, on loopback only, every load bounded in time. Prints a Markdown summary
# and writes it to $OUT (default: tools/bench/mock/results.md). Every server runs in a process group
# of its own and the whole group is stopped (npx's Java and node children included).
#
#   tools/bench/mock/run.sh            # all measurements (about 4 minutes)
#   DURATION=5s tools/bench/mock/run.sh
#   QUICK=1 tools/bench/mock/run.sh    # the engines and their peers only (no Prism, no large seeds)
#
# Needs: dotnet, wrk (apt-get install wrk), curl, openssl, node/npx and a JDK for WireMock.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-32}"
out="${OUT:-$here/results.md}"
port_mock=15080; port_wiremock=15081; port_prism=15082; port_big=15083
port_stub=15084
pids=()
# start CMD…: runs CMD as the leader of a new process group and records it; stop PID ends the group.
start() { setsid "$@" >/dev/null & pids+=($!); }
stop() { kill -TERM -- "-$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill -TERM -- "-$p" 2>/dev/null || true; done; }
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

# 1. Start-up to the first answered FiNUM request (auth and seeding included), median of 9 cold starts per engine.
first="http://127.0.0.1:$port_mock/finum/v1/contract-list?id-list=C100001"
startup_of() { # engine -> prints "median (all)"
  local starts=() t0 pid
  for _ in 1 2 3 4 5 6 7 8 9; do
    t0=$(now_ms)
    start dotnet "$dll" --engine "$1" --urls "http://127.0.0.1:$port_mock" --quiet; pid=${pids[-1]}
    until curl -fs -o /dev/null "$first" -H "Authorization: Bearer $token"; do sleep 0.005; done
    starts+=($(( $(now_ms) - t0 )))
    stop "$pid"
  done
  echo "$(printf '%s\n' "${starts[@]}" | median) (${starts[*]})"
}
startup=$(startup_of kestrel); startup_wm=$(startup_of wiremock)
echo "start-up: kestrel $startup ms, wiremock $startup_wm ms" >&2

# 2. /contract-list with 10 ids, auth included, 32 connections, on each engine.
url="http://127.0.0.1:$port_mock/finum/v1/contract-list?id-list=$ids"
list_rps() { # engine -> req/s
  start dotnet "$dll" --engine "$1" --urls "http://127.0.0.1:$port_mock" --quiet; local pid=${pids[-1]}
  wait_up "http://127.0.0.1:$port_mock/__admin/health" 20 >/dev/null
  wrk -t2 -c"$connections" -d3s -H "Authorization: Bearer $token" "$url" >/dev/null   # warm-up
  wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$url" | rps
  stop "$pid"
}
start dotnet "$dll" --engine kestrel --urls "http://127.0.0.1:$port_mock" --quiet
wait_up "http://127.0.0.1:$port_mock/__admin/health" 20 >/dev/null
body="$(curl -fs "$url" -H "Authorization: Bearer $token")"; printf '%s' "$body" > "$here/.body.json"
stop "${pids[-1]}"
mock_rps=$(list_rps kestrel); echo "reference provider (kestrel): $mock_rps req/s" >&2
wm_engine_rps=$(list_rps wiremock); echo "reference provider (wiremock): $wm_engine_rps req/s" >&2

# 3a. The same bytes as a static stub inside the WireMock engine (same admin interface, journal and
# catch-alls): what reaching the modules costs over WireMock.Net answering by itself.
start dotnet "$dll" --engine wiremock --urls "http://127.0.0.1:$port_mock" --quiet
wait_up "http://127.0.0.1:$port_mock/__admin/health" 20 >/dev/null
node -e 'const b=require("fs").readFileSync(process.argv[1],"utf8");process.stdout.write(JSON.stringify({Priority:1,Request:{Path:"/finum/v1/contract-list",Methods:["GET"]},Response:{StatusCode:200,Headers:{"Content-Type":"application/json"},Body:b}}))' "$here/.body.json" \
  | curl -fs -o /dev/null -X POST "http://127.0.0.1:$port_mock/__admin/mappings" -H 'Content-Type: application/json' -d @-
wrk -t2 -c"$connections" -d3s -H "Authorization: Bearer $token" "$url" >/dev/null
inner_stub_rps=$(wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$url" | rps)
echo "static stub inside the wiremock engine: $inner_stub_rps req/s" >&2
stop "${pids[-1]}"

# 3b. WireMock.Net serving the same bytes as a static stub, no admin interface (the probe of the budget).
dotnet build "$root/tools/bench/sivi-afs/WireMockStub" -c Release -v q -nologo >/dev/null
start dotnet "$root/tools/bench/sivi-afs/WireMockStub/bin/Release/net10.0/WireMockStub.dll" "$port_stub" /finum/v1/contract-list "$here/.body.json" application/json >/dev/null
surl="http://127.0.0.1:$port_stub/finum/v1/contract-list?id-list=$ids"
for _ in $(seq 1 600); do curl -fs -o /dev/null "$surl" && break; sleep 0.05; done
wrk -t2 -c"$connections" -d3s -H "Authorization: Bearer $token" "$surl" >/dev/null
stub_rps=$(wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$surl" | rps)
echo "wiremock.net static stub: $stub_rps req/s" >&2
stop "${pids[-1]}"

# 3b'. The same stub with the garbage collector the provider runs with (workstation, not concurrent),
# so the ratio can also be read with both on equal collector settings.
start env DOTNET_gcConcurrent=0 dotnet "$root/tools/bench/sivi-afs/WireMockStub/bin/Release/net10.0/WireMockStub.dll" "$port_stub" /finum/v1/contract-list "$here/.body.json" application/json >/dev/null
for _ in $(seq 1 600); do curl -fs -o /dev/null "$surl" && break; sleep 0.05; done
wrk -t2 -c"$connections" -d3s -H "Authorization: Bearer $token" "$surl" >/dev/null
stub_nc_rps=$(wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$surl" | rps)
echo "wiremock.net static stub, non-concurrent GC: $stub_nc_rps req/s" >&2
stop "${pids[-1]}"

# 3c. WireMock standalone serving the same body as a static stub.
start bash -c 'cd "$1" && exec npx --no-install wiremock --port "$2" --disable-banner --no-request-journal >/dev/null 2>&1' _ "$here" "$port_wiremock"
wait_up "http://127.0.0.1:$port_wiremock/__admin/health" 90 >/dev/null
stub=$(node -e 'const b=process.argv[1];process.stdout.write(JSON.stringify({request:{method:"GET",urlPath:"/finum/v1/contract-list"},response:{status:200,headers:{"Content-Type":"application/json"},body:b}}))' "$body")
curl -fs -o /dev/null -X POST "http://127.0.0.1:$port_wiremock/__admin/mappings" -H 'Content-Type: application/json' -d "$stub"
wurl="http://127.0.0.1:$port_wiremock/finum/v1/contract-list?id-list=$ids"
wrk -t2 -c"$connections" -d5s -H "Authorization: Bearer $token" "$wurl" >/dev/null   # JIT warm-up
wiremock_rps=$(wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$wurl" | rps)
echo "wiremock: $wiremock_rps req/s" >&2
stop "${pids[-1]}"

prism_rps="—"; count="—"; p50="—"; big_start="—"; big_ids="—"; big_rss="—"; big_hwm="—"
if [ "${QUICK:-0}" != 1 ]; then
# 4. Prism serving the contract's example for the same operation.
start bash -c 'cd "$1" && exec npx --no-install prism mock -p "$2" -h 127.0.0.1 "$3" >/dev/null 2>&1' _ "$here" "$port_prism" "$root/fixtures/apis/finum/openapi.yaml"
purl="http://127.0.0.1:$port_prism/contract-list?id-list=$ids"
wait_up_auth() { for _ in $(seq 1 600); do curl -fs -o /dev/null "$purl" -H "Authorization: Bearer $token" && return 0; sleep 0.1; done; return 1; }
wait_up_auth
wrk -t2 -c"$connections" -d3s -H "Authorization: Bearer $token" "$purl" >/dev/null
prism_rps=$(wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$purl" | rps)
echo "prism: $prism_rps req/s" >&2
stop "${pids[-1]}"

# 5. /contract-id-list-updated returning 50,000 ids: median latency, one connection.
start dotnet "$dll" --engine kestrel --urls "http://127.0.0.1:$port_mock" --quiet --seed-count finum.contract=50000
wait_up "http://127.0.0.1:$port_mock/__admin/health" 30 >/dev/null
uurl="http://127.0.0.1:$port_mock/finum/v1/contract-id-list-updated?since=1970-01-01T00:00:00Z"
count=$(curl -fs "$uurl" -H "Authorization: Bearer $token" | tr -cd ',' | wc -c); count=$((count + 1))
wrk -t1 -c1 -d3s -H "Authorization: Bearer $token" "$uurl" >/dev/null
p50=$(wrk -t1 -c1 -d"$duration" --latency -H "Authorization: Bearer $token" "$uurl" | awk '$1=="50%" {print $2}')
echo "id-list-updated: $count ids, median $p50" >&2
stop "${pids[-1]}"

# 6. 1,000,000 seeded contracts: time to first answer, then every id fetched once and a sample of records.
t0=$(now_ms)
start dotnet "$dll" --engine kestrel --urls "http://127.0.0.1:$port_big" --quiet --seed-count finum.contract=1000000; big=${pids[-1]}
wait_up "http://127.0.0.1:$port_big/__admin/health" 120 >/dev/null
until curl -fs -o /dev/null "http://127.0.0.1:$port_big/finum/v1/contract-list?id-list=C100001" -H "Authorization: Bearer $token"; do sleep 0.01; done
big_start=$(( $(now_ms) - t0 ))
big_ids=$(curl -fs "http://127.0.0.1:$port_big/finum/v1/contract-id-list-updated?since=1970-01-01T00:00:00Z" -H "Authorization: Bearer $token" | tr -cd ',' | wc -c); big_ids=$((big_ids + 1))
last=$(curl -fs "http://127.0.0.1:$port_big/finum/v1/contract-list?id-list=C1100000" -H "Authorization: Bearer $token" | head -c 60)
big_rss=$(rss_mb "$big"); big_hwm=$(hwm_mb "$big")
echo "1M contracts: up in $big_start ms, $big_ids ids, RSS $big_rss MB (peak $big_hwm MB), last: $last" >&2
stop "$big"
fi

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
ratio=$(awk -v a="$mock_rps" -v b="$wiremock_rps" 'BEGIN {printf "%.1f", a/b}')
wm_ratio=$(awk -v a="$wm_engine_rps" -v b="$wiremock_rps" 'BEGIN {printf "%.1f", a/b}')
stub_share=$(awk -v a="$wm_engine_rps" -v b="$stub_rps" 'BEGIN {printf "%.0f", 100*a/b}')
stub_nc_share=$(awk -v a="$wm_engine_rps" -v b="$stub_nc_rps" 'BEGIN {printf "%.0f", 100*a/b}')
inner_share=$(awk -v a="$wm_engine_rps" -v b="$inner_stub_rps" 'BEGIN {printf "%.0f", 100*a/b}')
{
  echo "Build: $build. Machine: $(nproc) cores, load average $load_before before and $load_after after the run (shared machine)."
  echo
  echo "| measurement | budget | result |"
  echo "|---|---|---|"
  echo "| start-up to first answered \`/contract-list\` (default seeds, median of 9), Kestrel engine | < 1 s | ${startup} ms |"
  echo "| … WireMock.Net engine | < 1 s | ${startup_wm} ms |"
  echo "| \`/contract-list\`, 10 ids, auth, ${connections} connections, ${duration}, Kestrel engine | ≥ 20,000 req/s | ${mock_rps} req/s |"
  echo "| … WireMock.Net engine | ≥ 2× WireMock standalone, ≥ 60 % of the static stub | ${wm_engine_rps} req/s (${wm_ratio}× WireMock standalone, ${stub_share} % of the static stub) |"
  echo "| WireMock.Net 2.21.0 serving the same bytes as a static stub, no admin interface | — | ${stub_rps} req/s |"
  echo "| … the same static stub with the provider's collector (not concurrent) | — | ${stub_nc_rps} req/s (WireMock engine at ${stub_nc_share} % of it) |"
  echo "| … the same static stub inside the WireMock.Net engine (admin interface, journal, catch-alls) | — | ${inner_stub_rps} req/s (modules at ${inner_share} % of it) |"
  echo "| WireMock ${WIREMOCK_VERSION:-3.13.2} standalone, same body as a static stub | — | ${wiremock_rps} req/s (Kestrel engine ${ratio}×; budget ≥ 4×) |"
  echo "| Prism 5.16.0 mock of the contract's example | — | ${prism_rps} req/s |"
  echo "| \`/contract-id-list-updated\` returning ${count} ids, median, 1 connection | < 30 ms | ${p50} |"
  echo "| 1,000,000 seeded contracts (default 30 clients): start to first answered \`/contract-list\` | < 20 s | ${big_start} ms |"
  echo "| … resident memory after listing all ${big_ids} ids | < 1.5 GB | ${big_rss} MB (peak ${big_hwm} MB) |"
} | tee "$out"
