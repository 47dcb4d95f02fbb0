#!/usr/bin/env bash
# First visits: how long the first person waits for each page, and for the first evaluation report PDF, on a freshly
# started app that has served one request (issue targets: any page <= 300 ms, the first PDF <= 1 s).
#
# Usage: bench/first-visit.sh [runs]      (default 3 fresh starts; WARM_UP=false measures without the warm-up)
# Needs the jar (./mvnw -B -ntp -DskipTests package) and curl. Each run starts the jar on a new, empty data folder
# with the demo partnership, waits for the readiness probe, asks for "/" once, signs in as the demo buyer and then
# opens each page once, timing it with curl. Prints one line per page: the median and the slowest over the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=${PORT:-8103}
BASE="http://localhost:$PORT"
JAR=$(ls target/social-value-hub-*.jar | grep -v plain | head -1)
PAGES=(/framework /directory /opportunities /events /resources /pledges /privacy /account /spend /spend/partnership
  /journey /support)
OUT=$(mktemp -d)
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(date -u +%Y-%m-%dT%H:%MZ), warm-up ${WARM_UP:-true}"

time_of() { curl -s -o /dev/null -b "$1/cookies" -c "$1/cookies" -w '%{http_code} %{time_total}' "$BASE$2"; }

for run in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d)
  java -jar "$JAR" --server.port="$PORT" --svh.demo.enabled=true --svh.warm-up.enabled="${WARM_UP:-true}" \
    --svh.embedded-database.data-directory="$dir/db" >"$dir/log" 2>&1 &
  app=$!
  started=$(date +%s.%N)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ]; do
    kill -0 "$app" 2>/dev/null || { echo "the app stopped; see $dir/log"; exit 1; }
    sleep 0.5
  done
  echo "run $run: ready after $(echo "$(date +%s.%N) - $started" | bc) s"
  time_of "$dir" / >/dev/null
  token=$(curl -s -b "$dir/cookies" -c "$dir/cookies" "$BASE/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | sed -n 1p)
  curl -s -o /dev/null -b "$dir/cookies" -c "$dir/cookies" --data-urlencode "_csrf=$token" \
    --data-urlencode "email=buyer@demo.example" --data-urlencode "password=demo-hub-password-2026" "$BASE/sign-in"
  for page in "${PAGES[@]}"; do
    echo "$page $(time_of "$dir" "$page")" >>"$OUT/pages"
  done
  for id in $(seq 1 60); do
    answer=$(time_of "$dir" "/evaluations/$id/report.pdf")
    if [ "${answer%% *}" = 200 ]; then echo "first-report-pdf $answer" >>"$OUT/pages"; break; fi
  done
  kill "$app" || true
  wait "$app" 2>/dev/null || true
  rm -rf "$dir"
done

printf '%-22s %6s %10s %10s\n' page status median_ms max_ms
for page in "${PAGES[@]}" first-report-pdf; do
  { grep "^$page " "$OUT/pages" || true; } | awk '{print $3 * 1000, $2}' | sort -n | awk -v p="$page" '
    { t[NR] = $1; s = $2 } END { if (NR) printf "%-22s %6s %10.0f %10.0f\n", p, s, t[int((NR + 1) / 2)], t[NR] }'
done
rm -rf "$OUT"
