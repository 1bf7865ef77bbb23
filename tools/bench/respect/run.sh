#!/usr/bin/env bash
# Redocly Respect against `conformance run`, side by side in one run: both against the same
# reference provider (started here with its default lifecycle delays of 2 s), the whole FiNUM
# suite for ours (19 workflows and the generated cases), the same 19 workflows for Respect, wall
# time including start-up, each run REPEAT times, alternating. Respect gets a mechanically adapted
# copy of the flows (adapt.py says how). Loopback only; every run bounded by `timeout`.
#
#   tools/bench/respect/run.sh            # REPEAT=3 by default
#   R2R=0 tools/bench/respect/run.sh      # the runner from the JIT build instead of a ReadyToRun publish
#
# Needs: dotnet, node/npm (`cd tools && npm ci` once), python3 with PyYAML, openssl.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
repeat="${REPEAT:-3}"
r2r="${R2R:-1}"
rid="${RID:-linux-x64}"
port="${PORT:-15190}"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

[ -x "$root/tools/node_modules/.bin/redocly" ] || (cd "$root/tools" && npm ci --no-audit --no-fund >/dev/null)
echo "building Release..." >&2
dotnet build "$root/suites/Conformance.Cli" -c Release -v q -nologo >/dev/null
mock="$root/mock-server/Conformance.Mock/bin/Release/net10.0/Conformance.Mock.dll"
if [ "$r2r" = 1 ]; then
  # As the tool and the image deliver it: a ReadyToRun publish for this platform.
  echo "publishing the runner ReadyToRun for $rid..." >&2
  dotnet publish "$root/suites/Conformance.Cli" -c Release -r "$rid" -o "$work/cli" -v q -nologo >/dev/null
  cli=("$work/cli/conformance")
else
  cli=(dotnet "$root/suites/Conformance.Cli/bin/Release/net10.0/conformance.dll")
fi
base="http://127.0.0.1:$port/finum/v1"

dotnet "$mock" --urls "http://127.0.0.1:$port" >"$work/mock.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/finum/v1/" && break; sleep 0.1; done

# Respect's copy: the contract one folder up, as the flows reference it, with the provider's URL as its server.
mkdir -p "$work/respect/flows"
python3 - "$root/fixtures/apis/finum/openapi.yaml" "$work/respect/openapi.yaml" "$base" <<'PY'
import sys, yaml
spec = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))
spec['servers'] = [{'url': sys.argv[3]}]
yaml.safe_dump(spec, open(sys.argv[2], 'w', encoding='utf-8'), sort_keys=False, allow_unicode=True, width=120)
PY
token="$("$root/tools/bench/mock/make-token.sh" 3600)"
echo "adapting the flows for Respect:" >&2
python3 "$here/adapt.py" "$root/fixtures/apis/finum/flows" "$work/respect/flows" "$token"

now_ms() { date +%s%3N; }
ours=(); theirs=()
for i in $(seq 1 "$repeat"); do
  start=$(now_ms)
  set +e
  timeout 300 "${cli[@]}" run --api finum --provider "$base" --report-dir "$work/report-$i" >"$work/ours-$i.log" 2>&1
  ours_exit=$?
  ours+=($(( $(now_ms) - start )))
  start=$(now_ms)
  (cd "$work/respect/flows" && timeout 600 "$root/tools/node_modules/.bin/redocly" respect ./*.arazzo.yaml --max-fetch-timeout 10000 >"$work/respect-$i.log" 2>&1)
  respect_exit=$?
  set -e
  theirs+=($(( $(now_ms) - start )))
  echo "run $i: conformance ${ours[-1]} ms (exit $ours_exit), respect ${theirs[-1]} ms (exit $respect_exit)" >&2
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m_ours=$(median "${ours[@]}"); m_theirs=$(median "${theirs[@]}")
echo
echo "| tool | runs (ms) | median |"
echo "|---|---|---|"
echo "| conformance run --api finum (19 workflows + 118 generated cases, $([ "$r2r" = 1 ] && echo "ReadyToRun $rid" || echo JIT)) | ${ours[*]} | $m_ours ms |"
echo "| redocly respect (the same 19 workflows, adapted copy) | ${theirs[*]} | $m_theirs ms |"
awk -v a="$m_theirs" -v b="$m_ours" 'BEGIN { printf "\nRespect / conformance: %.1fx\n", a / b }'
echo
echo "Respect's summary of its last run:"
grep -E 'Workflows:|Steps:|Checks:|Time:' "$work/respect-$repeat.log" || tail -5 "$work/respect-$repeat.log"
