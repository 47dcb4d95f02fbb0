#!/usr/bin/env bash
# Spend import benchmark (issue 5): import of a 1,000,000-row file vs PostgreSQL COPY of the same file into an
# unindexed table, in one run on one embedded PostgreSQL, the JVM heap capped at 300 MB; then the buyer dashboard's
# build time over those rows. Usage: bench/spend-import.sh [ROWS]   (files go to bench/out/, which git ignores)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
file="bench/out/spend-${rows}.csv"
[ -f "$file" ] || java bench/SpendFileGenerator.java "$file" "$rows"
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx300m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.socialvaluehub.spend.SpendImportBenchmark "$file"
