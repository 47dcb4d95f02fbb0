#!/usr/bin/env bash
# Directory benchmark: faceted search p95 at 20 concurrent clients, and the weight of the map page.
#
# 1. Build the app, seed an empty data folder with 20,000 invented suppliers (once; the seeder lives in the test
#    sources, so it runs on the test class path and stops when done), then start the app on that folder:
#      ./mvnw -B -ntp -DskipTests package dependency:build-classpath \
#           -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
#      java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
#           org.socialvaluehub.organisations.directory.BenchSeed \
#           --svh.embedded-database.data-directory=/tmp/bench-directory-db --svh.bench.seed-organisations=20000
#      (it logs "bench: seeded 20000 organisations")
#      java -jar target/social-value-hub-*.jar --server.port=8102 --svh.demo.enabled=false \
#           --svh.embedded-database.data-directory=/tmp/bench-directory-db
# 2. Run this script: bench/directory.sh [base-url] [seconds]
#    Run it repeatedly until requests/s stops rising: on 2 cores shared with wrk and PostgreSQL the app's JIT needs
#    about five minutes of traffic to reach its final code (docs/benchmarks.md); measure after that.
#    With APP_PID=<the app's java pid> and DB_DIR=<its data folder> it also prints the CPU each request
#    cost the app and PostgreSQL (from /proc), which is steadier than latency on a shared machine.
# Needs wrk and curl (apt-get install -y wrk curl).
set -euo pipefail
BASE=${1:-http://localhost:8102}
SECONDS_TO_RUN=${2:-30}
HERE=$(cd "$(dirname "$0")" && pwd)

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "organisations: $(curl -s "$BASE/api/v1/organisations" | sed -n 's/^{"total":\([0-9]*\).*/\1/p')"

# CPU ticks used so far by the app (APP_PID) and by PostgreSQL (the postmaster of DB_DIR and its children).
app_cpu() {
  if [ -n "${APP_PID:-}" ]; then awk '{print $14 + $15}' "/proc/$APP_PID/stat"; else echo 0; fi
}
db_cpu() {
  local ticks=0 pm pid
  if [ -n "${DB_DIR:-}" ]; then
    pm=$(head -1 "$DB_DIR/postmaster.pid")
    ticks=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")
    for pid in $(ps -o pid= --ppid "$pm"); do ticks=$(( ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) )); done
  fi
  echo "$ticks"
}

echo
echo "== faceted search, 20 connections, ${SECONDS_TO_RUN}s (queries rotate: words, facets, verified, distance) =="
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
app_before=$(app_cpu); db_before=$(db_cpu)
wrk -t2 -c20 -d"${SECONDS_TO_RUN}s" --latency -s "$HERE/directory-queries.lua" "$BASE" | tee "${TMPDIR:-/tmp}/directory-wrk.txt"
app_after=$(app_cpu); db_after=$(db_cpu)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
requests=$(sed -n 's/.* \([0-9]*\) requests, .*/\1/p' "${TMPDIR:-/tmp}/directory-wrk.txt" | tail -1)
if [ -n "${APP_PID:-}${DB_DIR:-}" ] && [ -n "$requests" ] && [ "$requests" -gt 0 ]; then
  awk -v a=$(( app_after - app_before )) -v d=$(( db_after - db_before )) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN { printf "CPU per request: %.1f ms (app %.1f ms, PostgreSQL %.1f ms; %d requests)\n", 1000 * (a + d) / hz / n, 1000 * a / hz / n, 1000 * d / hz / n, n }'
fi

echo
echo "== page weight (HTML with its embedded data; Leaflet's JS/CSS are cached static files) =="
for path in "/directory?view=map" "/directory?view=map&locality=INSIDE&locality=NEIGHBOURING" "/directory" \
            "/directory?q=cleaning&credential=REAL_LIVING_WAGE&verified=true"; do
  printf '%-70s %8s bytes\n' "$path" "$(curl -s -o /dev/null -w '%{size_download}' "$BASE$path")"
done
printf '%-70s %8s bytes\n' "leaflet.js + leaflet.css + directory-map.js" "$(( $(curl -s -o /dev/null -w '%{size_download}' "$BASE/webjars/leaflet/dist/leaflet.js") \
  + $(curl -s -o /dev/null -w '%{size_download}' "$BASE/webjars/leaflet/dist/leaflet.css") \
  + $(curl -s -o /dev/null -w '%{size_download}' "$BASE/js/organisations/directory-map.js") ))"
