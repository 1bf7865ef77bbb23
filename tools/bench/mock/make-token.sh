#!/usr/bin/env bash
# Prints an RS256 JWT signed with the TEST-ONLY FiNUM consumer key (fixtures/credentials/finum),
# valid for the given number of seconds (default 3600, the contract's maximum). Needs openssl.
# Usage: tools/bench/mock/make-token.sh [lifetime-seconds] [iat-offset-seconds]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
key="$root/fixtures/credentials/finum/consumer.key.pem"
lifetime="${1:-3600}"
offset="${2:-0}"
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(( $(date +%s) + offset ))
header='{"alg":"RS256","typ":"JWT"}'
payload=$(printf '{"iss":"conformance-test-consumer","sub":"conformance-test-consumer","aud":"finum-sync-api","iat":%d,"exp":%d}' "$now" "$((now + lifetime))")
unsigned="$(printf '%s' "$header" | b64).$(printf '%s' "$payload" | b64)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$key" -binary | b64)
printf '%s.%s\n' "$unsigned" "$signature"
