#!/usr/bin/env bash
# Spend file reader benchmark (issue 5): FastCSV split vs the full spend check, one JMH run, same file.
# Usage: bench/spend-reader.sh [ROWS]   (default 1,000,000 rows; the file goes to bench/out/, which git ignores)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
file="bench/out/spend-${rows}.csv"
[ -f "$file" ] || java bench/SpendFileGenerator.java "$file" "$rows"
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  SpendReaderBenchmark -p file="$file" -rf json -rff target/spend-reader-jmh.json
python3 - <<'PY'
import json
results = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(open("target/spend-reader-jmh.json"))}
split, check = results["fastCsvSplitOnly"], results["fullSpendCheck"]
print(f"FastCSV split {split:.0f} ms, full check {check:.0f} ms, check speed = {100 * split / check:.0f}% of split (target >= 40%)")
PY
