#!/usr/bin/env bash
# Start-up of the reference provider alone: from launching `dotnet Conformance.Mock.dll` to the first
# answered FiNUM request (`/contract-list?id-list=C100001` with a signed token, so typed seed settings,
# the modules' asynchronous start-up, seeding and JWT verification are all included), polled every
# 5 ms, median of RUNS cold starts (default 7). Needs dotnet, curl and openssl only.
#
#   tools/bench/mock/startup.sh          # Release build
#   R2R=1 tools/bench/mock/startup.sh    # ReadyToRun publish, as a deployment would run it
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
runs="${RUNS:-7}"
port="${PORT:-15090}"
if [ "${R2R:-0}" = 1 ]; then
  dotnet publish "$root/mock-server/Conformance.Mock" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$here/.publish" -v q -nologo >/dev/null
  dll="$here/.publish/Conformance.Mock.dll"; build="Release, ReadyToRun"
else
  dotnet build "$root/mock-server/Conformance.Mock" -c Release -v q -nologo >/dev/null
  dll="$root/mock-server/Conformance.Mock/bin/Release/net10.0/Conformance.Mock.dll"; build="Release"
fi
token="$("$here/make-token.sh")"
first="http://127.0.0.1:$port/finum/v1/contract-list?id-list=C100001"
now_ms() { date +%s%3N; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
starts=()
for _ in $(seq 1 "$runs"); do
  t0=$(now_ms)
  dotnet "$dll" --urls "http://127.0.0.1:$port" --quiet & pid=$!
  for _ in $(seq 1 6000); do
    curl -fs -o /dev/null "$first" -H "Authorization: Bearer $token" && break
    sleep 0.005
  done
  starts+=($(( $(now_ms) - t0 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
median=$(printf '%s\n' "${starts[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
echo "build: $build; load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "start-up to first answered /contract-list: median ${median} ms (${starts[*]})"
