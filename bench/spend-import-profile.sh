#!/usr/bin/env bash
# Where the spend import's time goes (issue 5): imports the benchmark file twice (the second adds nothing), logging
# each phase, then runs the heavy statements again under EXPLAIN (ANALYZE, BUFFERS), rolled back.
# Usage: bench/spend-import-profile.sh [ROWS [--probes-only | --summaries-only]]   (files go to bench/out/, which git ignores)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/spend-prepare.sh "${1:-1000000}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx300m -cp "$classpath" org.socialvaluehub.spend.imports.SpendImportProfile "$file" "${@:2}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
