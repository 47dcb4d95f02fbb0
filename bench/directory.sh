#!/usr/bin/env bash
# Directory benchmark: faceted search p95 at 20 concurrent clients, and the weight of the map page.
#
# 1. Build and start the app on an empty data folder, seeding 20,000 invented suppliers (once):
#      ./mvnw -B -ntp -DskipTests package
#      java -jar target/social-value-hub-*.jar --server.port=8102 --svh.demo.enabled=false \
#           --svh.embedded-database.data-directory=/tmp/bench-directory-db --svh.bench.seed-organisations=20000
#    (wait for "bench: seeded 20000 organisations" in the log)
# 2. Run this script: bench/directory.sh [base-url] [seconds]
# Needs wrk and curl (apt-get install -y wrk curl).
set -euo pipefail
BASE=${1:-http://localhost:8102}
SECONDS_TO_RUN=${2:-30}
HERE=$(cd "$(dirname "$0")" && pwd)

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "organisations: $(curl -s "$BASE/api/v1/organisations" | sed -n 's/^{"total":\([0-9]*\).*/\1/p')"

echo
echo "== faceted search, 20 connections, ${SECONDS_TO_RUN}s (queries rotate: words, facets, verified, distance) =="
wrk -t2 -c20 -d"${SECONDS_TO_RUN}s" --latency -s "$HERE/directory-queries.lua" "$BASE"

echo
echo "== page weight (HTML with its embedded data; Leaflet's JS/CSS are cached static files) =="
for path in "/directory?view=map" "/directory?view=map&locality=INSIDE&locality=NEIGHBOURING" "/directory" \
            "/directory?q=cleaning&credential=REAL_LIVING_WAGE&verified=true"; do
  printf '%-70s %8s bytes\n' "$path" "$(curl -s -o /dev/null -w '%{size_download}' "$BASE$path")"
done
printf '%-70s %8s bytes\n' "leaflet.js + leaflet.css + directory-map.js" "$(( $(curl -s -o /dev/null -w '%{size_download}' "$BASE/webjars/leaflet/dist/leaflet.js") \
  + $(curl -s -o /dev/null -w '%{size_download}' "$BASE/webjars/leaflet/dist/leaflet.css") \
  + $(curl -s -o /dev/null -w '%{size_download}' "$BASE/js/organisations/directory-map.js") ))"
