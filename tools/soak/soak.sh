#!/usr/bin/env bash
# Soak of the reference provider on each engine: DURATION (default 10m) of CONNECTIONS (default
# 128) connections running a fixed mix of reads, writes and admin calls (mix.lua), loopback only.
# Reports errors, non-2xx answers (5xx included) and resident memory sampled every 10 s: after a
# warm-up of a fifth of the run, and at the end. Prints Markdown and writes it to $OUT.
#
#   tools/soak/soak.sh                          # both engines, 10 minutes each
#   DURATION=60s ENGINES=wiremock tools/soak/soak.sh
#
# Needs: dotnet, wrk, curl, openssl.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${DURATION:-10m}"
connections="${CONNECTIONS:-128}"
engines="${ENGINES:-wiremock kestrel}"
out="${OUT:-$here/results.md}"
port="${PORT:-15180}"
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill -TERM -- "-$p" 2>/dev/null || true; done; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

seconds() { local d="$1"; case "$d" in *m) echo $(( ${d%m} * 60 ));; *s) echo "${d%s}";; *) echo "$d";; esac; }
total=$(seconds "$duration")
dotnet build "$root/mock-server/Conformance.Mock" -c Release -v q -nologo >/dev/null
dll="$root/mock-server/Conformance.Mock/bin/Release/net10.0/Conformance.Mock.dll"
TOKEN="$("$root/tools/bench/mock/make-token.sh" $(( total + 600 )))"; export TOKEN
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

rows=()
for engine in $engines; do
  setsid dotnet "$dll" --engine "$engine" --urls "http://127.0.0.1:$port" --quiet >/dev/null & pid=$!; pids+=($pid)
  for _ in $(seq 1 400); do curl -fs -o /dev/null "http://127.0.0.1:$port/__admin/health" && break; sleep 0.05; done
  samples="$(mktemp)"
  ( while kill -0 "$pid" 2>/dev/null; do echo "$(date +%s) $(rss_mb "$pid")" >> "$samples"; sleep 10; done ) & sampler=$!
  started=$(date +%s)
  result=$(wrk -t2 -c"$connections" -d"$duration" --timeout 10s -s "$here/mix.lua" "http://127.0.0.1:$port")
  kill "$sampler" 2>/dev/null || true
  echo "$(date +%s) $(rss_mb "$pid")" >> "$samples"
  kill -TERM -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  requests=$(awk '/requests in/ {print $1}' <<<"$result")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  errors=$(awk '/Socket errors/ {gsub(",", ""); s=0; for (i=3;i<=NF;i+=2) s+=$(i+1); print s}' <<<"$result"); errors=${errors:-0}
  timeouts=$(awk '/Socket errors/ {gsub(",", ""); print $NF}' <<<"$result")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$result"); non2xx=${non2xx:-0}
  warm=$(( started + total / 5 ))
  rss_warm=$(awk -v t="$warm" '$1 >= t {print $2; exit}' "$samples")
  rss_end=$(tail -1 "$samples" | cut -d' ' -f2)
  rss_max=$(awk -v t="$warm" '$1 >= t && $2 > m {m=$2} END {print m+0}' "$samples")
  rm -f "$samples"
  statuses=$(awk '/^status / {printf "%s%s %s", sep, $2, $3; sep=", "}' <<<"$result" | tr -d ':'); statuses=${statuses:+ ($statuses)}
  echo "$engine: $requests requests ($rps req/s), socket errors $errors, non-2xx $non2xx$statuses, RSS after warm-up ${rss_warm} MB, max ${rss_max} MB, end ${rss_end} MB" >&2
  rows+=("| $engine | $duration, $connections connections | $requests ($rps req/s) | $errors | $non2xx$statuses | ${rss_warm} MB → ${rss_end} MB (max ${rss_max} MB after warm-up) |")
done

{
  echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (shared machine)."
  echo
  echo "| engine | run | requests | socket errors | non-2xx (5xx included) | resident memory |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$out"
