# Sourced by the spend benchmarks: writes the synthetic file of ROWS rows ($1, default 1,000,000) unless it is there,
# compiles the tests and writes their classpath; sets $file and $classpath.
rows="${1:-1000000}"
file="bench/out/spend-${rows}.csv"
[ -f "$file" ] || java bench/SpendFileGenerator.java "$file" "$rows"
./mvnw -B -ntp -q test-compile
# A run of its own: with test-compile in the same run the classpath file was sometimes not written.
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
[ -s target/bench-classpath.txt ] || { echo "target/bench-classpath.txt was not written" >&2; exit 1; }
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
echo "machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p' | head -1); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
