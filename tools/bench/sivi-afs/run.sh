#!/usr/bin/env bash
# SIVI AFS budgets in one run, on loopback only, every load bounded in time (docs/performance.md,
# section "SIVI AFS"): start-up of the reference provider with every module to the first answered SIVI
# retrieve (token included), the SIVI suite's wall time (`conformance run --api sivi-afs`, start-up
# included), and a retrieve of 10 policies with a token at 32 connections against WireMock standalone
# 3.13.2 (npm, pinned in tools/bench/mock/package.json) and WireMock.Net 2.21.0 serving the same bytes
# (tools/bench/sivi-afs/WireMockStub), beside one request delegate on bare Kestrel serving them (the
# ceiling of any server on Kestrel here). Prints a Markdown summary and writes it to $OUT (default:
# tools/bench/sivi-afs/results.md). Every server runs in a process group of its own and the whole
# group is stopped (npx's Java child included).
#
#   tools/bench/sivi-afs/run.sh             # about a minute
#   DURATION=5s tools/bench/sivi-afs/run.sh
#   R2R=1 tools/bench/sivi-afs/run.sh       # the provider as a ReadyToRun publish, as deployed
#
# Needs: dotnet, wrk (apt-get install wrk), curl, node/npx and a JDK for WireMock standalone.
set -euo pipefail
# The module figures are taken on the plain Kestrel engine (ENGINE=wiremock for the default engine).
engine="${ENGINE:-kestrel}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-32}"
out="${OUT:-$here/results.md}"
port_mock=15180; port_wiremock=15181; port_start=15182; port_bare=15183; port_java=15184
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && { kill -TERM -- "-$p" 2>/dev/null || kill "$p" 2>/dev/null || true; }; done; }
trap cleanup EXIT
# start CMD…: runs CMD as the leader of a new process group and records it; stop PID ends the group.
start() { setsid "$@" >/dev/null & pids+=($!); }
stop() { kill -TERM -- "-$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
mockbench="$here/../mock"
[ -d "$mockbench/node_modules" ] || (cd "$mockbench" && npm install --no-audit --no-fund >/dev/null)

echo "building Release..." >&2
dotnet build "$root/mock-server/Conformance.Mock" -c Release -v q -nologo >/dev/null
dotnet build "$root/suites/Conformance.Cli" -c Release -v q -nologo >/dev/null
dotnet build "$here/WireMockStub" -c Release -v q -nologo >/dev/null
mock="$root/mock-server/Conformance.Mock/bin/Release/net10.0/Conformance.Mock.dll"; build="Release build"
if [ "${R2R:-0}" = 1 ]; then
  dotnet publish "$root/mock-server/Conformance.Mock" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$here/.publish" -v q -nologo >/dev/null
  mock="$here/.publish/Conformance.Mock.dll"; build="Release, ReadyToRun provider"
fi
cli="$root/suites/Conformance.Cli/bin/Release/net10.0/conformance.dll"
stub="$here/WireMockStub/bin/Release/net10.0/WireMockStub.dll"
creds="$root/fixtures/credentials/sivi-afs"
basic="$(cat "$creds/clientId.txt"):$(cat "$creds/clientSecret.txt")"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

now_ms() { date +%s%3N; }
rps() { awk '/Requests\/sec/ {print $2}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
token_at() { curl -fs -u "$basic" -d grant_type=client_credentials "http://127.0.0.1:$1/sivi-afs/v1/oauth/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }

# 1. Start-up with every module to the first answered SIVI retrieve (a token first), median of 5.
starts=()
for _ in 1 2 3 4 5; do
  t0=$(now_ms)
  dotnet "$mock" --engine "$engine" --urls "http://127.0.0.1:$port_start" --quiet & pid=$!
  for _ in $(seq 1 4000); do
    t="$(token_at "$port_start" 2>/dev/null || true)"
    [ -n "$t" ] && curl -fs -o /dev/null "http://127.0.0.1:$port_start/sivi-afs/v1/policies/POL0000001" -H "Authorization: Bearer $t" && break
    sleep 0.005
  done
  starts+=($(( $(now_ms) - t0 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
startup=$(printf '%s\n' "${starts[@]}" | median)
echo "start-up: ${starts[*]} ms (median $startup)" >&2

# 2. The SIVI suite against the embedded provider, wall time including start-up, median of 3.
suites=()
for _ in 1 2 3; do
  t0=$(now_ms)
  (cd "$root" && dotnet "$cli" run --api sivi-afs --report-dir "$here/.report" >/dev/null)
  suites+=($(( $(now_ms) - t0 )))
done
suite=$(printf '%s\n' "${suites[@]}" | median)
echo "suite: ${suites[*]} ms (median $suite)" >&2

# 3. GET /policies?limit=10 with a token, 32 connections.
dotnet "$mock" --engine "$engine" --urls "http://127.0.0.1:$port_mock" --quiet & pids+=($!)
for _ in $(seq 1 4000); do curl -fs -o /dev/null "http://127.0.0.1:$port_mock/__admin/health" && break; sleep 0.005; done
token="$(token_at "$port_mock")"
url="http://127.0.0.1:$port_mock/sivi-afs/v1/policies?limit=10"
curl -fs "$url" -H "Authorization: Bearer $token" -H 'Accept: application/json; version=3' > "$here/.body.json"
bytes=$(wc -c < "$here/.body.json")
wrk -t2 -c"$connections" -d3s -H "Authorization: Bearer $token" "$url" >/dev/null
mock_rps=$(wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$url" | rps)
echo "reference provider: $mock_rps req/s ($bytes bytes)" >&2
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

# 4. WireMock.Net serving the same bytes as a static stub.
dotnet "$stub" "$port_wiremock" /sivi-afs/v1/policies "$here/.body.json" 'application/json; version=3' >/dev/null & pids+=($!)
for _ in $(seq 1 4000); do curl -fs -o /dev/null "http://127.0.0.1:$port_wiremock/sivi-afs/v1/policies?limit=10" && break; sleep 0.005; done
wurl="http://127.0.0.1:$port_wiremock/sivi-afs/v1/policies?limit=10"
cmp -s <(curl -fs "$wurl") "$here/.body.json" || { echo "WireMock.Net does not serve the same bytes" >&2; exit 1; }
wrk -t2 -c"$connections" -d3s -H "Authorization: Bearer $token" "$wurl" >/dev/null
wm_rps=$(wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$wurl" | rps)
echo "WireMock.Net: $wm_rps req/s" >&2
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

# 5. The same bytes from one request delegate on bare Kestrel: no server on Kestrel serves them faster.
start dotnet "$stub" "$port_bare" /sivi-afs/v1/policies "$here/.body.json" 'application/json; version=3' --bare-kestrel
burl="http://127.0.0.1:$port_bare/sivi-afs/v1/policies?limit=10"
for _ in $(seq 1 4000); do curl -fs -o /dev/null "$burl" && break; sleep 0.005; done
cmp -s <(curl -fs "$burl") "$here/.body.json" || { echo "bare Kestrel does not serve the same bytes" >&2; exit 1; }
wrk -t2 -c"$connections" -d3s -H "Authorization: Bearer $token" "$burl" >/dev/null
bare_rps=$(wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$burl" | rps)
echo "bare Kestrel: $bare_rps req/s" >&2
stop "${pids[-1]}"

# 6. WireMock standalone (Java) serving the same bytes as a static stub.
start bash -c 'cd "$1" && exec npx --no-install wiremock --port "$2" --disable-banner --no-request-journal >/dev/null 2>&1' _ "$mockbench" "$port_java"
for _ in $(seq 1 900); do curl -fs -o /dev/null "http://127.0.0.1:$port_java/__admin/health" && break; sleep 0.1; done
jstub=$(node -e 'const b=require("fs").readFileSync(process.argv[1],"utf8");process.stdout.write(JSON.stringify({request:{method:"GET",urlPath:"/sivi-afs/v1/policies"},response:{status:200,headers:{"Content-Type":"application/json; version=3"},body:b}}))' "$here/.body.json")
curl -fs -o /dev/null -X POST "http://127.0.0.1:$port_java/__admin/mappings" -H 'Content-Type: application/json' -d "$jstub"
jurl="http://127.0.0.1:$port_java/sivi-afs/v1/policies?limit=10"
cmp -s <(curl -fs "$jurl") "$here/.body.json" || { echo "WireMock standalone does not serve the same bytes" >&2; exit 1; }
wrk -t2 -c"$connections" -d5s -H "Authorization: Bearer $token" "$jurl" >/dev/null   # JIT warm-up
java_rps=$(wrk -t2 -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$jurl" | rps)
echo "WireMock standalone: $java_rps req/s" >&2
stop "${pids[-1]}"

ratio=$(awk -v a="$mock_rps" -v b="$wm_rps" 'BEGIN {printf "%.1f", a / b}')
java_ratio=$(awk -v a="$mock_rps" -v b="$java_rps" 'BEGIN {printf "%.1f", a / b}')
ceiling=$(awk -v a="$bare_rps" -v b="$wm_rps" 'BEGIN {printf "%.1f", a / b}')
share=$(awk -v a="$mock_rps" -v b="$bare_rps" 'BEGIN {printf "%.0f", 100 * a / b}')

{
  echo "| measurement | result | budget |"
  echo "|---|---|---|"
  echo "| provider start-up, every module, to the first SIVI retrieve (median of 5) | ${startup} ms | < 1000 ms |"
  echo "| \`conformance run --api sivi-afs\`, wall time with start-up (median of 3) | ${suite} ms | < 10000 ms |"
  echo "| \`GET /policies?limit=10\` with a token, $connections connections, $duration | ${mock_rps} req/s | ≥ 20000 req/s |"
  echo "| WireMock standalone 3.13.2 (JVM), the same ${bytes} bytes as a static stub | ${java_rps} req/s | — |"
  echo "| ratio reference provider / WireMock standalone | ${java_ratio}× | ≥ 4× |"
  echo "| WireMock.Net 2.21.0, the same bytes as a static stub | ${wm_rps} req/s | — |"
  echo "| ratio reference provider / WireMock.Net | ${ratio}× | ≥ 4× |"
  echo "| one request delegate on bare Kestrel, the same bytes | ${bare_rps} req/s | — |"
  echo "| ceiling for any Kestrel server: bare Kestrel / WireMock.Net | ${ceiling}× | — |"
  echo "| reference provider / bare Kestrel | ${share} % | — |"
  echo
  echo "$build, $(nproc) cores, load average before: $load_before; $(date -u +%Y-%m-%dT%H:%MZ)."
} | tee "$out"
rm -rf "$here/.report" "$here/.body.json"
