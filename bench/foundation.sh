#!/usr/bin/env bash
# Foundation benchmarks (issue 2):
#  1. time from `java -jar` to the first page served, embedded PostgreSQL included (fresh data folder
#     and again on an existing one), 5 runs each;
#  2. p95 latency of the start page and the sign-in page with 20 concurrent clients (wrk), heap capped
#     at 512 MB.
# Needs: a built jar (./mvnw -DskipTests package), wrk (apt-get install -y wrk), curl.
# LAUNCH=cds measures the production launch in docs/operations.md instead: the jar extracted
# (`-Djarmode=tools extract`) with a class data sharing archive made by one training run.
# Everything talks to 127.0.0.1 only, and stops by itself.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$(ls "$root"/target/social-value-hub-*.jar | grep -v '\.original$' | head -n 1)"
out="$root/bench/out"; mkdir -p "$out"
port="${PORT:-18080}"
runs="${RUNS:-5}"

launch=(-jar "$jar")
if [ "${LAUNCH:-jar}" = cds ]; then
  rm -rf "$out/extracted"
  java -Djarmode=tools -jar "$jar" extract --destination "$out/extracted" > /dev/null
  train="$(mktemp -d /tmp/svh-bench-db.XXXX)"
  java -XX:ArchiveClassesAtExit="$out/extracted/app.jsa" -Dspring.context.exit=onRefresh \
       -jar "$out/extracted/$(basename "$jar")" --svh.embedded-database.data-directory="$train" \
       --svh.scheduler.enabled=false --svh.demo.enabled=true > "$out/train.log" 2>&1 || { echo "training run failed, see $out/train.log" >&2; exit 1; }
  pkill -f -- "-D $train" || true   # the training run exits at refresh and leaves its PostgreSQL running
  sleep 1; rm -rf "$train"
  launch=(-XX:SharedArchiveFile="$out/extracted/app.jsa" -jar "$out/extracted/$(basename "$jar")")
fi
echo "launch: java -Xmx512m ${launch[*]}"

start_once() { # $1 = data folder; prints milliseconds to first page
  local dir="$1" t0 t1 pid
  t0=$(date +%s%N)
  java -Xmx512m "${launch[@]}" --server.port="$port" --svh.embedded-database.data-directory="$dir" \
       --svh.scheduler.enabled=false --svh.demo.enabled=true > "$out/start.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    sleep 0.05
    if ! kill -0 "$pid" 2>/dev/null; then echo "app died, see $out/start.log" >&2; exit 1; fi
    if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt 180 ]; then echo "timeout" >&2; kill "$pid"; exit 1; fi
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

echo "== start-up: java -jar to first page (ms)"
fresh=(); warm=()
for i in $(seq "$runs"); do
  dir="$(mktemp -d /tmp/svh-bench-db.XXXX)"
  fresh+=("$(start_once "$dir")")
  warm+=("$(start_once "$dir")")
  rm -rf "$dir"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "empty data folder (initdb + migrations + demo data): ${fresh[*]}  median $(median "${fresh[@]}")"
echo "existing data folder:                              ${warm[*]}  median $(median "${warm[@]}")"

echo "== latency with 20 concurrent clients, heap 512 MB"
dir="$(mktemp -d /tmp/svh-bench-db.XXXX)"
java -Xmx512m "${launch[@]}" --server.port="$port" --svh.embedded-database.data-directory="$dir" \
     --svh.scheduler.enabled=false > "$out/latency.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.2; done
# Warm up both pages first: with wrk on the same two cores the JIT needs well over 10 s to settle.
for path in / /sign-in; do
  wrk -t2 -c20 -d20s "http://127.0.0.1:$port$path" > /dev/null 2>&1
done
for path in / /sign-in; do
  echo "-- $path"
  wrk -t2 -c20 -d30s -s "$root/bench/p95.lua" "http://127.0.0.1:$port$path" | tee "$out/wrk$(echo "$path" | tr '/' '_').txt" \
    | grep -E "Requests/sec|p95"
done
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$dir"
