#!/usr/bin/env bash
# Spend import benchmark (issue 5): import of a 1,000,000-row file vs PostgreSQL COPY of the same file into an
# unindexed table, in one run on one embedded PostgreSQL, the JVM heap capped at 300 MB; then the buyer dashboard's
# build time over those rows. Prints the ratio and the load average before and after (the machine may be shared).
# Usage: bench/spend-import.sh [ROWS]   (files go to bench/out/, which git ignores)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/spend-prepare.sh "${1:-1000000}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx300m -cp "$classpath" org.socialvaluehub.spend.imports.SpendImportBenchmark "$file"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
