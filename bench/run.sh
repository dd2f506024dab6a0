#!/usr/bin/env bash
# Benchmarks Circuito on fictional data (bench/generate.sql): six pages of a program with 50, 2,000 and
# 20,000 waiting children, each next to the minimal SQL that returns the same rows, the statements and
# transactions one view costs, a load test at 64 connections, and the first minute after a restart.
#
#     bench/run.sh                          # everything, about 15 minutes; prints a Markdown summary
#     QUICK=1 bench/run.sh                  # short durations, for working on the benchmark itself
#     SCENARIOS=list,ranking SIZES=2000 QUICK=1 bench/run.sh
#
# Needs a JDK 17, psql and pgbench (Debian postgresql-client) and wrk (Debian wrk). Everything it writes
# goes to bench/data (git-ignored): the embedded PostgreSQL (port 54390), the app's log (port 8090), wrk and
# pgbench logs, the statements of each counted view and summary.md. Delete bench/data to start afresh.
#
# Knobs (environment):
#   QUICK=1              4 s per scenario, 3 s per SQL file, a 12-second "first minute", no CDS
#   DURATION=15s         wrk duration per scenario          SQL_SECONDS=10   pgbench duration per SQL file
#   CONNECTIONS=32       throughput scenarios               LOAD_CONNECTIONS=64, LOAD_PAGES=3 (the slowest)
#   SCENARIOS=list,ranking,ranking-api,monitoring,admission,dashboard   (also: national — three APIs over
#                        every program in turn with the national team's token; capacity — the national capacity
#                        figures with the same token; not in the default set)
#   SIZES=50,2000,20000  FIRST_MINUTE=60 (seconds measured after the restart, in six buckets; 0 skips it)
#   CDS=1                also time start-up of the production jar (extracted, against the benchmark's
#                        PostgreSQL) with and without a class-data archive
#   SKIP_BUILD=1         use what target/ already holds
# The app runs as the local run does (TestCircuitoApplication on the test classpath: the embedded PostgreSQL
# is not in the production jar), with plain java and the JIT fully on, as a server would.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=8090
DB_PORT=54390
BASE="http://localhost:$APP_PORT"
DATA=bench/data
QUICK=${QUICK:-0}
if [ "$QUICK" = 1 ]; then
    DURATION=${DURATION:-4s}; SQL_SECONDS=${SQL_SECONDS:-3}; FIRST_MINUTE=${FIRST_MINUTE:-12}; CDS=${CDS:-0}
else
    DURATION=${DURATION:-15s}; SQL_SECONDS=${SQL_SECONDS:-10}; FIRST_MINUTE=${FIRST_MINUTE:-60}; CDS=${CDS:-1}
fi
CONNECTIONS=${CONNECTIONS:-32}
LOAD_CONNECTIONS=${LOAD_CONNECTIONS:-64}
LOAD_PAGES=${LOAD_PAGES:-3}
SCENARIOS=${SCENARIOS:-list,ranking,ranking-api,monitoring,admission,dashboard}
SIZES=${SIZES:-50,2000,20000}
JVM_OPTS=${JVM_OPTS:--Xmx1g}

for tool in java psql pgbench wrk curl; do
    command -v $tool >/dev/null || { echo "$tool is missing (Debian: postgresql-client for psql and pgbench, wrk)" >&2; exit 1; }
done
mkdir -p $DATA

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    ./mvnw -B -ntp -q -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
           -Dmdep.outputFile=target/local-classpath.txt
fi
JAR=$(ls target/circuito-*.jar | grep -v -- '-plain' | head -1)
LOCAL_RUN=(-cp "target/test-classes:target/classes:$(cat target/local-classpath.txt)" cl.circuito.TestCircuitoApplication)
APP_ARGS=(--server.port=$APP_PORT --circuito.embedded-db.port=$DB_PORT
          --circuito.embedded-db.data-directory=$DATA/postgres --logging.level.root=WARN
          --logging.level.cl.circuito=INFO)

export PGPASSWORD=postgres
PSQL="psql -X -q -h localhost -p $DB_PORT -U postgres -d postgres -v ON_ERROR_STOP=1"
APP=
stop_app() {
    if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then
        kill "$APP"; wait "$APP" 2>/dev/null || true
    fi
    APP=
}
trap stop_app EXIT
now_ms() { date +%s%3N; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# start_app LABEL [java options and jar…]: starts the app and prints the seconds until it is healthy.
start_app() {
    local label=$1; shift
    local started; started=$(now_ms)
    java $JVM_OPTS "$@" "${APP_ARGS[@]}" >> $DATA/app.log 2>&1 &
    APP=$!
    until curl -sf "$BASE/actuator/health" >/dev/null; do
        kill -0 "$APP" 2>/dev/null || { echo "The app stopped; see $DATA/app.log" >&2; exit 1; }
        sleep 0.2
    done
    local seconds; seconds=$(awk "BEGIN {printf \"%.1f\", ($(now_ms) - $started) / 1000}")
    echo "Start-up ($label): ${seconds} s to healthy (load average $(loadavg))"
    echo "| Start-up to healthy, $label | ${seconds} s |" >> $DATA/startup.md
}

: > $DATA/startup.md
: > $DATA/app.log
echo "== $(date -Is) on $(nproc) cores, load average $(loadavg); $(java -version 2>&1 | head -1)"
start_app "first start" "${LOCAL_RUN[@]}"

if [ "$($PSQL -tAc "select count(*) from program where code like 'BENCH-%'")" = "0" ]; then
    until grep -q "Circuito está listo" $DATA/app.log; do sleep 1; done   # the demo data (directora.prm) first
    echo "Loading the benchmark data (once)…"
    started=$(now_ms)
    $PSQL -f bench/generate.sql
    echo "Loaded in $(( ($(now_ms) - started) / 1000 )) s"
fi
# The server log, for counting the statements of one view (needs a restart, done below).
if [ "$($PSQL -tAc "show logging_collector")" != "on" ]; then
    $PSQL -c "alter system set logging_collector = on" -c "alter system set log_directory = 'log'" \
          -c "alter system set log_line_prefix = '%m [%p] vxid=%v app=%a: '"
fi
echo "Durability: fsync=$($PSQL -tAc 'show fsync'), synchronous_commit=$($PSQL -tAc 'show synchronous_commit'), full_page_writes=$($PSQL -tAc 'show full_page_writes')"
echo "Waiting entries: $($PSQL -tAc "select count(*) from waiting_list_entry where status = 'WAITING'") in $($PSQL -tAc "select count(*) from program where code like 'BENCH-%'") bench programs"

program_id() { $PSQL -tAc "select id from program where code = '$1'"; }
declare -A PROGRAM=([50]=$(program_id BENCH-SMALL) [2000]=$(program_id BENCH-1) [20000]=$(program_id BENCH-HUGE))
declare -A DIRECTOR=([50]=directora.small [2000]=directora.prm [20000]=directora.huge)
declare -A TOKEN=([50]=ctk_bench_directora_small_token [2000]=ctk_bench_directora_prm_token [20000]=ctk_bench_directora_huge_token)
declare -A SESSION

login() {
    local jar; jar=$(mktemp)
    local csrf; csrf=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$1&password=circuito-demo&_csrf=$csrf" "$BASE/login"
    awk '$6 == "SESSION" {print $7}' "$jar"; rm -f "$jar"
}
login_all() {
    for size in 50 2000 20000; do SESSION[$size]=$(login "${DIRECTOR[$size]}"); done
}

# The six pages: name | page or api | path | minimal SQL file | description.
SCENARIO_TABLE="list|page|/programs/{id}/waiting-list|list.sql|Waiting-list page, first page of 25
ranking|page|/programs/{id}/ranking|ranking.sql|Ranking page, first page of 50
ranking-api|api|/api/v1/programs/{id}/ranking?size=50|ranking.sql|Ranking API, page of 50
monitoring|page|/programs/{id}/monitoring|monitoring.sql|Monitoring page (this month's proposal)
admission|page|/programs/{id}/admissions|admission.sql|Admission page (places, proposal + next 20)
dashboard|page|/programs/{id}/dashboard|dashboard.sql|Program dashboard"
field() { echo "$SCENARIO_TABLE" | awk -F'|' -v n="$1" -v f="$2" '$1 == n {print $f}'; }
url_of() { local p; p=$(field "$1" 3); echo "${p//\{id\}/${PROGRAM[$2]}}"; }

# wrk_run CONNECTIONS DURATION NAME SIZE: one wrk run of a scenario; prints its RESULT line.
wrk_run() {
    local kind; kind=$(field "$3" 2)
    local cookie="" token=""
    if [ "$kind" = page ]; then cookie="SESSION=${SESSION[$4]}"; else token=${TOKEN[$4]}; fi
    URL_PATH=$(url_of "$3" "$4") COOKIE=$cookie TOKEN=$token \
        wrk -t2 -c"$1" -d"$2" --timeout 60s --latency -s bench/wrk.lua "$BASE" > $DATA/wrk-$3-$4-c$1.txt
    grep '^RESULT' $DATA/wrk-$3-$4-c$1.txt
}
val() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
# A latency of a run that completed no request is no latency.
latency() { if [ "$(val "$1" requests)" = 0 ]; then echo -; else val "$1" "$2"; fi; }
# A slow page gets a longer run, so its figures come from more than a handful of requests: long enough for
# every connection to finish about five requests at the speed of one request alone on two cores, at most
# MAX_DURATION (60 s).
scenario_duration() {
    local base=${DURATION%s}
    awk -v alone="$1" -v base="$base" -v c="$CONNECTIONS" -v max="${MAX_DURATION:-60}" \
        'BEGIN { d = alone / 1000 * c / 2 * 5; if (d < base) d = base; if (d > max) d = max; printf "%ds\n", d + 0.5 }'
}

# Waits until the previous scenario is over: wrk leaves requests the app is still serving when it stops.
# Idle means no statement of the app running and the JVM using under 5 % of a core, for a whole second.
wait_idle() {
    local deadline=$((SECONDS + 180)) ticks=$(getconf CLK_TCK)
    while [ $SECONDS -lt $deadline ]; do
        local before after busy
        before=$(awk '{print $14 + $15}' /proc/$APP/stat)
        sleep 1
        after=$(awk '{print $14 + $15}' /proc/$APP/stat)
        busy=$($PSQL -tAc "select count(*) from pg_stat_activity where application_name = 'PostgreSQL JDBC Driver' and state <> 'idle'")
        [ "$busy" = 0 ] && [ $(( (after - before) * 100 / ticks )) -lt 5 ] && return 0
    done
    echo "(the app did not become idle within 180 s)" >&2
}

# header_for NAME SIZE: the session cookie of a page, or the token of an API.
header_for() {
    if [ "$(field "$1" 2)" = page ]; then echo "Cookie: SESSION=${SESSION[$2]}"; else echo "Authorization: Bearer ${TOKEN[$2]}"; fi
}

# One request alone, nothing else running: the median of three, in ms (after one to warm up).
alone() {
    local header; header=$(header_for "$1" "$2")
    curl -s -o /dev/null -H "$header" "$BASE$(url_of "$1" "$2")"
    for _ in 1 2 3; do
        curl -s -o /dev/null -w '%{time_total}\n' -H "$header" "$BASE$(url_of "$1" "$2")"
    done | sort -n | sed -n 2p | awk '{printf "%.1f\n", $1 * 1000}'
}

# One request of the page with every statement logged (log_statement = all, for that moment only): SQL
# statements (BEGIN [READ ONLY], COMMIT and the pool's empty validation query not counted; SET and SHOW
# counted, they are round trips) and transactions (distinct virtual transaction ids: BEGIN…COMMIT blocks
# and statements run on their own) of the app's connections. Twice, keeping the smaller, so a scheduled
# job that ran at that moment does not count. The statements are kept in bench/data/statements-*.log.
count_view() {
    local name=$1 size=$2 best_s=999999 best_t=999999
    local header; header=$(header_for "$name" "$size")
    $PSQL -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
    sleep 0.5
    local file; file=$DATA/postgres/$($PSQL -tAc "select pg_current_logfile()")
    for attempt in 1 2; do
        while [ "$(date +%S)" -ge 58 ] || [ "$(date +%S)" -le 1 ]; do sleep 0.5; done  # session clean-up at :00
        local before; before=$(stat -c %s "$file")
        curl -s -o /dev/null -H "$header" "$BASE$(url_of "$name" "$size")"
        sleep 0.3
        tail -c +$((before + 1)) "$file" | grep 'app=PostgreSQL JDBC Driver: LOG:  \(statement\|execute [^:]*\): ' \
            | grep -v 'LOG:  statement: $' > $DATA/statements-$name-$size.$attempt.log || true  # not the pool's ping
        local s t
        s=$(grep -vciE ': (BEGIN|START TRANSACTION|COMMIT|ROLLBACK|END)( [A-Z ]*)?$' $DATA/statements-$name-$size.$attempt.log || true)
        t=$(sed -n 's/.* vxid=\([^ ]*\) app=.*/\1/p' $DATA/statements-$name-$size.$attempt.log | grep -v '^$' | sort -u | wc -l)
        if [ "$s" -lt "$best_s" ]; then best_s=$s; best_t=$t; cp $DATA/statements-$name-$size.$attempt.log $DATA/statements-$name-$size.log; fi
    done
    rm -f $DATA/statements-$name-$size.[12].log
    $PSQL -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
    echo "$best_s $best_t"
}

# The minimal SQL, one client, prepared statements (as the app's driver uses): median and mean latency.
sql_run() {
    local file=$1 size=$2 prefix=$DATA/pgbench-${1%.sql}-$2
    rm -f "$prefix".*
    pgbench -n -M prepared -h localhost -p $DB_PORT -U postgres -D prog="${PROGRAM[$size]}" -f "bench/sql/$file" \
        -T "$SQL_SECONDS" -c 1 -l --log-prefix="$prefix" postgres > "$prefix.txt" 2>&1 \
        || { echo "pgbench failed: $(tail -3 "$prefix.txt")" >&2; echo "- -"; return; }
    cat "$prefix".[0-9]* | awk '{print $3}' | sort -n \
        | awk '{a[NR] = $1; s += $1} END {printf "%.2f %.2f\n", a[int((NR + 1) / 2)] / 1000, s / NR / 1000}'
}

fmt_ms() { awk -v v="$1" 'BEGIN { if (v == "-" || v == "") print "—"; else if (v >= 1000) printf "%.2f s", v / 1000; else if (v >= 10) printf "%.0f ms", v; else printf "%.1f ms", v }'; }
size_label() { case $1 in 50) echo 50;; 2000) echo 2,000;; 20000) echo 20,000;; *) echo "$1";; esac; }

# ------------------------------------------------------------------------- restart, and its first minute
stop_app
start_app "restart" "${LOCAL_RUN[@]}"
started=$(now_ms); SESSION[2000]=$(login directora.prm)
echo "First login after the restart: $(( $(now_ms) - started )) ms"
echo "First request of each page after the restart (2,000 waiting), then the same page again:"
for name in list ranking ranking-api monitoring admission dashboard; do
    if [ "$(field $name 2)" = page ]; then h="Cookie: SESSION=${SESSION[2000]}"; else h="Authorization: Bearer ${TOKEN[2000]}"; fi
    first=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "$h" "$BASE$(url_of $name 2000)")
    second=$(curl -s -o /dev/null -w '%{time_total}' -H "$h" "$BASE$(url_of $name 2000)")
    printf "  %-12s %s  first %5.0f ms, second %5.0f ms\n" "$name" "${first%% *}" \
        "$(awk -v t="${first#* }" 'BEGIN {print t * 1000}')" "$(awk -v t="$second" 'BEGIN {print t * 1000}')"
done
if [ "$FIRST_MINUTE" -gt 0 ]; then
    bucket=$((FIRST_MINUTE / 6))
    echo "The next ${FIRST_MINUTE} s, 8 connections over the six pages (2,000 waiting), in ${bucket}-second buckets:"
    : > $DATA/first-minute-paths.txt
    for name in list ranking monitoring admission dashboard; do url_of $name 2000 >> $DATA/first-minute-paths.txt; done
    for b in 1 2 3 4 5 6; do
        r=$(PATHS_FILE=$DATA/first-minute-paths.txt COOKIE="SESSION=${SESSION[2000]}" \
                wrk -t2 -c8 -d${bucket}s --timeout 60s --latency -s bench/wrk.lua "$BASE" | grep '^RESULT')
        printf "  %3d–%3d s: %6s req/s, median %s, p99 %s, errors %s\n" $(((b - 1) * bucket)) $((b * bucket)) \
            "$(val "$r" req_s)" "$(fmt_ms "$(val "$r" p50_ms)")" "$(fmt_ms "$(val "$r" p99_ms)")" \
            $(( $(val "$r" non2xx) + $(val "$r" socket) ))
    done
fi

# ------------------------------------------------------------------------- the scenarios
login_all
RESULTS=$DATA/results.txt
: > $RESULTS
echo
echo "== Throughput, $CONNECTIONS connections, $DURATION each; minimal SQL with pgbench, 1 client, ${SQL_SECONDS} s"
for name in ${SCENARIOS//,/ }; do
    [ "$name" = national ] || [ "$name" = import ] || [ "$name" = capacity ] && continue
    [ -n "$(field "$name" 1)" ] || { echo "Unknown scenario $name" >&2; exit 1; }
    for size in ${SIZES//,/ }; do
        wait_idle
        load=$(loadavg)
        alone_ms=$(alone "$name" "$size")
        read -r statements transactions < <(count_view "$name" "$size")
        duration=$(scenario_duration "$alone_ms")
        r=$(wrk_run "$CONNECTIONS" "$duration" "$name" "$size")
        wait_idle
        read -r sql_median sql_mean < <(sql_run "$(field "$name" 4)" "$size")
        echo "$name|$size|$(val "$r" req_s)|$(latency "$r" p50_ms)|$(latency "$r" p99_ms)|$(( $(val "$r" non2xx) + $(val "$r" socket) ))|$sql_median|$sql_mean|$statements|$transactions|$load|$alone_ms|$duration|$(val "$r" requests)" >> $RESULTS
        printf "%-12s %6s waiting  load %-15s alone %8s  |  %7s req/s  median %8s  p99 %8s  errors %s  (%s requests in %s)  |  SQL median %s  |  %s statements, %s transactions per view\n" \
            "$name" "$(size_label "$size")" "$load" "$(fmt_ms "$alone_ms")" "$(val "$r" req_s)" "$(fmt_ms "$(latency "$r" p50_ms)")" \
            "$(fmt_ms "$(latency "$r" p99_ms)")" $(( $(val "$r" non2xx) + $(val "$r" socket) )) "$(val "$r" requests)" "$duration" \
            "$(fmt_ms "$sql_median")" "$statements" "$transactions"
    done
done

# ------------------------------------------------------------------------- load test on the slowest pages
LOADS=$DATA/load.txt
: > $LOADS
if [ -s $RESULTS ]; then
    echo
    echo "== Load: $LOAD_CONNECTIONS connections on the $LOAD_PAGES slowest scenarios (one request alone), as long as their run above"
    sort -t'|' -k12 -g -r $RESULTS | head -"$LOAD_PAGES" | while IFS='|' read -r name size _; do
        wait_idle
        load=$(loadavg)
        duration=$(grep "^$name|$size|" $RESULTS | cut -d'|' -f13)
        r=$(wrk_run "$LOAD_CONNECTIONS" "$duration" "$name" "$size")
        echo "$name|$size|$(val "$r" req_s)|$(latency "$r" p50_ms)|$(latency "$r" p99_ms)|$(val "$r" non2xx)|$(val "$r" socket)|$load|$duration|$(val "$r" requests)" >> $LOADS
        printf "%-12s %6s waiting  load %-15s %7s req/s  median %8s  p99 %8s  non-2xx %s  socket errors %s  (%s requests in %s)\n" \
            "$name" "$(size_label "$size")" "$load" "$(val "$r" req_s)" "$(fmt_ms "$(latency "$r" p50_ms)")" \
            "$(fmt_ms "$(latency "$r" p99_ms)")" "$(val "$r" non2xx)" "$(val "$r" socket)" "$(val "$r" requests)" "$duration"
    done
fi

# ------------------------------------------------------------------------- every program in turn (optional)
if [[ ",$SCENARIOS," == *",national,"* ]]; then
    echo
    echo "== Every program in turn, national team's token, $CONNECTIONS connections, $DURATION"
    MONTH=$(date -d "$(date +%Y-%m-01) +1 month" +%Y-%m)
    $PSQL -tAc "select id from program where code like 'BENCH-%' order by code" > $DATA/programs.txt
    for template in "/api/v1/programs/{id}/admission-proposal?month=$MONTH" "/api/v1/programs/{id}/monitoring-plans/$(date +%Y-%m)" \
                    "/api/v1/programs/{id}/dashboard"; do
        sed "s|^|${template%%\{id\}*}|; s|\$|${template#*\{id\}}|" $DATA/programs.txt > $DATA/national-paths.txt
        r=$(PATHS_FILE=$DATA/national-paths.txt TOKEN=ctk_bench_nacional_token \
                wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 60s --latency -s bench/wrk.lua "$BASE" | grep '^RESULT')
        printf "%-55s %7s req/s  median %8s  p99 %8s  errors %s  (all %s programs: %s s)\n" "$template" \
            "$(val "$r" req_s)" "$(fmt_ms "$(val "$r" p50_ms)")" "$(fmt_ms "$(val "$r" p99_ms)")" \
            $(( $(val "$r" non2xx) + $(val "$r" socket) )) "$(wc -l < $DATA/programs.txt)" \
            "$(awk -v n="$(wc -l < $DATA/programs.txt)" -v r="$(val "$r" req_s)" 'BEGIN {printf "%.1f", n / r}')"
    done
    # The nightly estimate of admission dates for every program: the job, run every minute for two runs (the
    # first after a restart may record many changes; the second is a night's usual work).
    echo "== Nightly estimate of admission dates, every program (the job's own log line, two runs)"
    stop_app
    runs_before=$(grep -c 'Estimated admission dates recomputed' $DATA/app.log || true)
    APP_ARGS+=(--circuito.estimates.cron="0 * * * * *")
    start_app "with the estimate job every minute" "${LOCAL_RUN[@]}"
    until [ "$(grep -c 'Estimated admission dates recomputed' $DATA/app.log || true)" -ge $(( runs_before + 2 )) ]; do
        sleep 5
    done
    grep 'Estimated admission dates recomputed' $DATA/app.log | tail -2 | sed 's/.*: /  /'
    unset 'APP_ARGS[${#APP_ARGS[@]}-1]'
fi
# ------------------------------------------------------------------------- national capacity (optional)
# The capacity the network needs for the nation (every program, the list's tallies), with the national team's
# token: one request alone, the statements of one view, wrk, and beside it the minimal SQL (bench/sql/capacity.sql).
if [[ ",$SCENARIOS," == *",capacity,"* ]]; then
    echo
    echo "== National capacity figures, national team's token, $CONNECTIONS connections, $DURATION"
    CAPACITY_PATH="/api/v1/capacity?area=nacional&places=100&demand=10"
    h="Authorization: Bearer ctk_bench_nacional_token"
    wait_idle
    curl -s -o /dev/null -H "$h" "$BASE$CAPACITY_PATH"
    alone_ms=$(for _ in 1 2 3; do curl -s -o /dev/null -w '%{time_total}\n' -H "$h" "$BASE$CAPACITY_PATH"; done \
        | sort -n | sed -n 2p | awk '{printf "%.1f\n", $1 * 1000}')
    $PSQL -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
    sleep 0.5
    file=$DATA/postgres/$($PSQL -tAc "select pg_current_logfile()")
    before=$(stat -c %s "$file")
    curl -s -o /dev/null -H "$h" "$BASE$CAPACITY_PATH"
    sleep 0.3
    statements=$(tail -c +$((before + 1)) "$file" | grep 'app=PostgreSQL JDBC Driver: LOG:  \(statement\|execute [^:]*\): ' \
        | grep -v 'LOG:  statement: $' | grep -vciE ': (BEGIN|START TRANSACTION|COMMIT|ROLLBACK|END)( [A-Z ]*)?$' || true)
    $PSQL -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
    r=$(URL_PATH="$CAPACITY_PATH" TOKEN=ctk_bench_nacional_token \
            wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 60s --latency -s bench/wrk.lua "$BASE" | grep '^RESULT')
    wait_idle
    prefix=$DATA/pgbench-capacity
    rm -f "$prefix".*
    pgbench -n -M prepared -h localhost -p $DB_PORT -U postgres -f bench/sql/capacity.sql -T "$SQL_SECONDS" -c 1 -l \
        --log-prefix="$prefix" postgres > "$prefix.txt" 2>&1 || echo "pgbench failed: $(tail -3 "$prefix.txt")" >&2
    sql_median=$(cat "$prefix".[0-9]* 2>/dev/null | awk '{print $3}' | sort -n | awk '{a[NR] = $1} END {if (NR) printf "%.2f", a[int((NR + 1) / 2)] / 1000}')
    printf "capacity, nation (%s programs)  alone %s  |  %7s req/s  median %8s  p99 %8s  errors %s  |  minimal SQL median %s  |  %s statements per view\n" \
        "$($PSQL -tAc "select count(*) from program where active")" "$(fmt_ms "$alone_ms")" "$(val "$r" req_s)" \
        "$(fmt_ms "$(val "$r" p50_ms)")" "$(fmt_ms "$(val "$r" p99_ms)")" $(( $(val "$r" non2xx) + $(val "$r" socket) )) \
        "$(fmt_ms "$sql_median")" "$statements"
fi
# ------------------------------------------------------------------------- a 2,000-row list import (optional)
if [[ ",$SCENARIOS," == *",import,"* ]]; then
    IMPORT_ROWS=${IMPORT_ROWS:-2000}
    echo
    echo "== Import of a ${IMPORT_ROWS}-row waiting list (CSV, Windows-1252, ';'), through the API, into BENCH-SMALL"
    COURT=$($PSQL -tAc "select name from referrer where kind = 'FAMILY_COURT' and active order by name limit 1")
    # Fresh fictional RUTs on every run (bodies from 70,000,000), so the import creates every row.
    FIRST_BODY=$(( 70000000 + ($(date +%s) % 10000) * 2000 ))
    awk -v n="$IMPORT_ROWS" -v first="$FIRST_BODY" -v court="$COURT" 'BEGIN {
        print "Nómina de Niños – Lista de Espera;;;;;;;;"
        print "RUT;NNA;Fecha de nacimiento;Organismo derivador;RIT;Causa de derivación;Fecha de recepción;Antecedentes suficientes;Estado;Fecha de la decisión;Prioridad;Puntaje"
        for (i = 0; i < n; i++) {
            body = first + i; s = 0; m = 2
            for (x = body; x > 0; x = int(x / 10)) { s += (x % 10) * m; m = (m == 7) ? 2 : m + 1 }
            d = 11 - s % 11; dv = (d == 11) ? "0" : (d == 10) ? "K" : d
            day = 1 + i % 28; month = 1 + int(i / 28) % 9
            waiting = (i % 2 == 0)
            printf "%d-%s;Niña%d Ficticia Prueba;%02d-%02d-2015;%s;F-%d-2026;Vulneración de derechos;%02d-%02d-2026;Sí;%s;%s;%s;%s\n",
                body, dv, i, day, month, court, i + 1, day, month, waiting ? "En espera" : "En evaluación",
                waiting ? sprintf("%02d-%02d-2026", day, month + 1) : "", waiting ? 1 + i % 2 : "", waiting ? i % 30 : ""
        }
    }' | iconv -f UTF-8 -t WINDOWS-1252 > $DATA/import.csv
    AUTH="Authorization: Bearer ${TOKEN[50]}"
    API="$BASE/api/v1/programs/${PROGRAM[50]}/list-imports"
    wait_idle
    load=$(loadavg)
    t0=$(now_ms)
    UPLOAD=$(curl -sf -H "$AUTH" -F "file=@$DATA/import.csv;type=text/csv" "$API/uploads")
    t1=$(now_ms)
    UPLOAD_ID=$(echo "$UPLOAD" | sed -n 's/.*"uploadId":"\([^"]*\)".*/\1/p')
    NEW=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d '{}' "$API/uploads/$UPLOAD_ID/preview" \
          | sed -n 's/.*"NEW":\([0-9]*\).*/\1/p')
    t2=$(now_ms)
    IMPORT_ID=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d '{}' "$API/uploads/$UPLOAD_ID/imports" \
                | sed -n 's/.*"importId":"\([^"]*\)".*/\1/p')
    t3=$(now_ms); saving_at=
    until STATUS=$(curl -sf -H "$AUTH" "$API/$IMPORT_ID") && [[ "$STATUS" == *'"phase":"DONE"'* || "$STATUS" == *'"phase":"FAILED"'* ]]; do
        [[ -z "$saving_at" && "$STATUS" == *'"phase":"SAVING"'* ]] && saving_at=$(now_ms)
        sleep 0.2
    done
    t4=$(now_ms)
    CREATED=$(echo "$STATUS" | sed -n 's/.*"created":\([0-9]*\).*/\1/p')
    # The minimal SQL beside it: as many children and their entries (with the event of the timeline) inserted in one
    # transaction, then rolled back.
    sql_started=$(now_ms)
    $PSQL -c "begin" -c "
        with c as (insert into child (id, rut, given_names, paternal_surname, maternal_surname, birth_date, created_at)
                   select gen_random_uuid(), (90000000 + g)::text || '-0', 'Niña' || g, 'Ficticia', 'Prueba',
                          date '2015-01-01', now() from generate_series(1, $IMPORT_ROWS) g returning id),
             e as (insert into waiting_list_entry (id, program_id, child_id, referrer_id, referral_reason, received_on,
                          background_sufficient, admissibility_due_on, status, registered_at, registered_by,
                          registered_by_name)
                   select gen_random_uuid(), '${PROGRAM[50]}', c.id, (select id from referrer where name = \$\$${COURT}\$\$),
                          'Vulneración de derechos', date '2026-09-01', true, date '2026-09-15', 'UNDER_REVIEW', now(),
                          (select id from app_user limit 1), 'Bench' from c returning id)
        insert into entry_event (id, entry_id, kind, occurred_on, recorded_at, actor_id, actor_name)
        select gen_random_uuid(), e.id, 'REFERRAL_RECEIVED', date '2026-09-01', now(), (select id from app_user limit 1),
               'Bench' from e" -c "rollback" >/dev/null
    sql_ms=$(( $(now_ms) - sql_started ))
    echo "import|$IMPORT_ROWS|$((t1 - t0))|$((t2 - t1))|$((${saving_at:-$t4} - t3))|$((t4 - ${saving_at:-$t4}))|$((t4 - t3))|$CREATED|$NEW|$sql_ms|$load" > $DATA/import.txt
    printf "upload %s  preview %s  checking %s  saving %s  confirm to done %s  (%s created of %s new)  |  minimal SQL (insert %s children) %s  |  load %s\n" \
        "$(fmt_ms $((t1 - t0)))" "$(fmt_ms $((t2 - t1)))" "$(fmt_ms $((${saving_at:-$t4} - t3)))" "$(fmt_ms $((t4 - ${saving_at:-$t4})))" \
        "$(fmt_ms $((t4 - t3)))" "$CREATED" "$NEW" "$IMPORT_ROWS" "$(fmt_ms $sql_ms)" "$load"
fi
echo "Resident memory of the application: $(ps -o rss= -p $APP | awk '{printf "%.0f MB", $1/1024}')"

# ------------------------------------------------------------------------- class-data sharing (optional)
if [ "$CDS" = 1 ]; then
    echo
    echo "== Start-up with class-data sharing (JDK $(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p;q'))"
    # The production jar, extracted, on another port against the PostgreSQL the running app embeds.
    rm -rf $DATA/extracted $DATA/app.jsa
    java -Djarmode=tools -jar "$JAR" extract --destination $DATA/extracted >/dev/null
    EXTRACTED=$(ls $DATA/extracted/*.jar | head -1)
    PROD_ARGS=(--spring.profiles.active=prod --server.port=$((APP_PORT + 1)) --management.health.mail.enabled=false
               --logging.level.root=WARN --circuito.jobs.enabled=false)
    export CIRCUITO_DB_URL=jdbc:postgresql://localhost:$DB_PORT/postgres CIRCUITO_DB_USER=postgres \
           CIRCUITO_DB_PASSWORD=postgres CIRCUITO_MAIL_HOST=localhost CIRCUITO_BASE_URL=http://localhost
    prod_start() {
        local label=$1; shift
        local started; started=$(now_ms)
        java $JVM_OPTS "$@" -jar "$EXTRACTED" "${PROD_ARGS[@]}" >> $DATA/app.log 2>&1 &
        local prod=$!
        until curl -sf "http://localhost:$((APP_PORT + 1))/actuator/health" >/dev/null; do
            kill -0 "$prod" 2>/dev/null || { echo "The production jar stopped; see $DATA/app.log" >&2; return; }
            sleep 0.2
        done
        local seconds; seconds=$(awk "BEGIN {printf \"%.1f\", ($(now_ms) - $started) / 1000}")
        echo "Start-up (production jar, $label): ${seconds} s to healthy (load average $(loadavg))"
        echo "| Start-up to healthy, production jar, $label | ${seconds} s |" >> $DATA/startup.md
        kill $prod; wait $prod 2>/dev/null || true
    }
    prod_start "extracted, no archive"
    started=$(now_ms)
    java $JVM_OPTS -XX:ArchiveClassesAtExit=$DATA/app.jsa -Dspring.context.exit=onRefresh -jar "$EXTRACTED" \
        "${PROD_ARGS[@]}" >> $DATA/app.log 2>&1 || true
    echo "Training run (archive of $(du -m $DATA/app.jsa 2>/dev/null | cut -f1) MB): $(( ($(now_ms) - started) / 1000 )) s"
    prod_start "extracted, with the archive" -XX:SharedArchiveFile=$DATA/app.jsa
fi
stop_app

# ------------------------------------------------------------------------- summary
{
    echo
    echo "Measured $(date -I) on $(nproc) cores (app, PostgreSQL and the load tools on the same machine), $(java -version 2>&1 | head -1 | tr -d '"'),"
    echo "$CONNECTIONS connections for at least $DURATION per scenario (\"run\"); \"alone\": one request with nothing else running (median of 3);"
    echo "minimal SQL: bench/sql/*.sql with pgbench, 1 client, prepared statements, ${SQL_SECONDS} s, median; fsync and synchronous_commit on."
    echo
    echo "| scenario | waiting | req/s | median | p99 | errors | alone | minimal SQL median | statements/view | transactions/view | run | load avg at start |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    while IFS='|' read -r name size rps p50 p99 errors sql_median sql_mean statements transactions load alone_ms duration requests; do
        echo "| $(field "$name" 5) | $(size_label "$size") | $rps | $(fmt_ms "$p50") | $(fmt_ms "$p99") | $errors | $(fmt_ms "$alone_ms") | $(fmt_ms "$sql_median") | $statements | $transactions | $requests in $duration | $load |"
    done < $RESULTS
    if [ -s $LOADS ]; then
        echo
        echo "Load test, $LOAD_CONNECTIONS connections:"
        echo
        echo "| scenario | waiting | req/s | median | p99 | non-2xx | socket errors | run | load avg at start |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
        while IFS='|' read -r name size rps p50 p99 non2xx socket load duration requests; do
            echo "| $(field "$name" 5) | $(size_label "$size") | $rps | $(fmt_ms "$p50") | $(fmt_ms "$p99") | $non2xx | $socket | $requests in $duration | $load |"
        done < $LOADS
    fi
    echo
    echo "| start-up | time |"
    echo "|---|---:|"
    cat $DATA/startup.md
} | tee $DATA/summary.md
