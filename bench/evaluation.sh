#!/usr/bin/env bash
# Runs the evaluation scoring JMH benchmarks (src/test/java/.../evaluation/core/EvaluationBenchmark.java)
# through the test class path. Extra arguments go to JMH, e.g. `bench/evaluation.sh -f 1 -wi 1 -i 3`.
# Results are written to bench/out/evaluation.txt; copy the figures into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
mkdir -p bench/out
# taskset keeps the run on one core, as the targets are stated for one core.
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
"${pin[@]}" java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  'org.socialvaluehub.evaluation.core.EvaluationBenchmark' -rf text -rff bench/out/evaluation.txt "$@"
