#!/usr/bin/env bash
# p50/p99 of GET /api/statistics against a running Tongxing, signed in through POST /api/auth/login with a
# session cookie. Requests are sequential, after five warm-up requests.
#   latency.sh BASE_URL USERNAME REQUESTS [QUERY]      e.g. latency.sh http://localhost:8080 cadre 200 'from=2025-01-01'
# The password comes from TONGXING_PASSWORD (default: the demo accounts' password).
set -euo pipefail
base=${1:?base URL}; user=${2:?username}; requests=${3:-100}; query=${4:-}
password=${TONGXING_PASSWORD:-Tongxing-demo-2026}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
curl -sf -c "$work/cookies" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$password\"}" "$base/api/auth/login" > /dev/null
url="$base/api/statistics?$query"
for _ in 1 2 3 4 5; do curl -sf -b "$work/cookies" -o /dev/null "$url"; done
for _ in $(seq "$requests"); do
    curl -sf -b "$work/cookies" -o /dev/null -w '%{time_total}\n' "$url"
done | sort -n > "$work/times"
# Nearest-rank percentiles, in milliseconds.
awk -v user="$user" -v query="$query" '{ t[NR] = $1 * 1000 }
    function rank(q) { i = int(NR * q); if (i < NR * q) i++; return t[i < 1 ? 1 : i] }
    END { printf "%-8s %-40s n=%d  p50=%.1f ms  p99=%.1f ms  max=%.1f ms\n", user, (query == "" ? "(defaults)" : query), NR, rank(0.5), rank(0.99), t[NR] }' \
    "$work/times"
