#!/usr/bin/env bash
# Benchmarks Circuito on fictional data: one program with 2,000 waiting children and a national dataset
# of 60,000 waiting entries in 1,500 programs (bench/generate.sql). Reproduce with:
#     bench/run.sh            # needs a JDK, psql (postgresql-client) and wrk (Debian packages)
# It builds the local run (TestCircuitoApplication: the embedded PostgreSQL is on the test classpath) and starts
# it with plain java, fully JIT-compiled, on its own embedded PostgreSQL (bench/data, port 54390, app 8090),
# loads the data once, and runs wrk against the pages and the API. Figures go to bench/README.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=8090
DB_PORT=54390
DURATION=${DURATION:-20s}
BIG=00000000-0000-4000-8001-000000000001
MONTH=$(date -d "$(date +%Y-%m-01) +1 month" +%Y-%m)
THIS_MONTH=$(date +%Y-%m)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 1; }

./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
       -Dmdep.outputFile=target/local-classpath.txt
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/local-classpath.txt)" cl.circuito.TestCircuitoApplication \
     --server.port=$APP_PORT --circuito.embedded-db.port=$DB_PORT \
     --circuito.embedded-db.data-directory=bench/data/postgres --logging.level.root=WARN \
     --logging.level.cl.circuito=INFO --circuito.estimates.cron="0 */2 * * * *" > bench/app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$APP_PORT/actuator/health" >/dev/null; do sleep 1; done

export PGPASSWORD=postgres
PSQL="psql -q -h localhost -p $DB_PORT -U postgres -d postgres -v ON_ERROR_STOP=1"
if [ "$($PSQL -tAc "select count(*) from program where code like 'BENCH-%'")" = "0" ]; then
    echo "Loading the benchmark data (once)…"
    time $PSQL -f bench/generate.sql
fi
$PSQL -tAc "select id from program where code like 'BENCH-%' order by code" > bench/programs.txt
echo "Programs: $(wc -l < bench/programs.txt); waiting entries: $($PSQL -tAc "select count(*) from waiting_list_entry where status = 'WAITING'")"

# A browser session for the pages (directora.prm directs the big program in the benchmark data).
JAR=$(mktemp)
csrf=$(curl -s -c "$JAR" "http://localhost:$APP_PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=directora.prm&password=circuito-demo&_csrf=$csrf" \
     "http://localhost:$APP_PORT/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")

page() {
    echo "== $1"
    wrk -t2 -c8 -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "http://localhost:$APP_PORT$2" \
        | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
}
api() {
    echo "== $1"
    wrk -t2 -c8 -d"$DURATION" --latency -H "Authorization: Bearer $2" "http://localhost:$APP_PORT$3" \
        | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
}
all_programs() {
    echo "== $1"
    PATH_TEMPLATE="$2" TOKEN=ctk_bench_nacional_token \
        wrk -t2 -c8 -d"$DURATION" --latency -s bench/rotate.lua "http://localhost:$APP_PORT" \
        | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
}

page "Waiting-list page, 2,000 waiting (first page of 25, by deadline)" "/programs/$BIG/waiting-list"
page "Waiting-list page, sorted by ranking" "/programs/$BIG/waiting-list?sort=RANKING"
page "Waiting-list page, searching a name" "/programs/$BIG/waiting-list?q=sofia"
page "Ranking page, 2,000 waiting (first page of 50)" "/programs/$BIG/ranking"
api "Ranking API, 2,000 waiting (page of 50)" ctk_bench_directora_prm_token "/api/v1/programs/$BIG/ranking?size=50"
page "Admission page (proposal and places), 2,000 waiting" "/programs/$BIG/admissions"
page "Monitoring page (this month's plan or proposal), 2,000 waiting" "/programs/$BIG/monitoring"
all_programs "Monthly admission proposal, every program in turn (national token)" "/api/v1/programs/{id}/admission-proposal?month=$MONTH"
all_programs "Monthly monitoring plan, every program in turn (national token)" "/api/v1/programs/{id}/monitoring-plans/$THIS_MONTH"
all_programs "Dashboard, every program in turn (national token)" "/api/v1/programs/{id}/dashboard"
echo "== Nightly estimate of admission dates, all programs (the job runs every 2 minutes here)"
until grep -q "Estimated admission dates recomputed" bench/app.log; do sleep 5; done
grep "Estimated admission dates recomputed" bench/app.log | tail -1 | sed 's/.*: //'
echo "RSS of the application: $(ps -o rss= -p $APP | awk '{printf "%.0f MB", $1/1024}')"
