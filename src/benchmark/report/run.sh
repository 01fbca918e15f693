#!/usr/bin/env bash
# The statistics latency benchmark in one command. Starts the packaged jar on a throw-away embedded database
# (the demo district), measures GET /api/statistics per caller, grows the district to 100,000 needs with
# load-100k-needs.sql, measures again, and prints EXPLAIN ANALYZE of every section. Cleans up on any exit.
#   ./mvnw package -DskipTests && src/benchmark/report/run.sh [requests per caller, default 100]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
requests=${1:-100}
port=${REPORT_BENCH_PORT:-18321}
base="http://localhost:$port"
work=$(mktemp -d /tmp/tongxing-report-bench.XXXXXX)
app=
cleanup() {
    if [ -n "$app" ]; then kill "$app" 2> /dev/null || true; wait "$app" 2> /dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
TONGXING_EMBEDDED_DB_DATA_DIR="$work/pg" QUARKUS_HTTP_PORT="$port" \
    java -jar "$root/target/quarkus-app/quarkus-run.jar" > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 300); do
    curl -sf -o /dev/null "$base/q/health/ready" && break
    kill -0 "$app" 2> /dev/null || { cat "$work/app.log"; exit 1; }
    sleep 1
done
pg() { psql -h localhost -p "$(sed -n 4p "$work/pg/postmaster.pid")" -U postgres -d tongxing -v ON_ERROR_STOP=1 -qX "$@"; }

measure() {
    "$here/latency.sh" "$base" admin "$requests" "area=350799"
    "$here/latency.sh" "$base" cadre "$requests"
    "$here/latency.sh" "$base" worker "$requests"
    "$here/latency.sh" "$base" admin "$requests" "area=350799&from=$(date -d '-3 years +1 day' +%F)"
}

# Autovacuum would analyze the freshly loaded demo within a minute; without statistics the planner guesses badly.
pg -c 'analyze'
echo "== demo district: $(pg -tAc 'select count(*) from need') needs"
measure
echo "== loading 100,000 needs"
time pg -f "$here/load-100k-needs.sql"
echo "== 100,000 needs"
measure
echo "== EXPLAIN ANALYZE, district 350799, twelve months"
pg -v area='350799%' -f "$here/explain.sql"
