package org.socialvaluehub.spend.core;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compares the full spend check of a file with FastCSV merely splitting the same file into fields (issue 5: the
 * check must run at no less than 40% of the split's speed). Run with {@code bench/spend-reader.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx512m"})
public class SpendReaderBenchmark {

    @Param("bench/out/spend-1m.csv")
    public String file;

    @Benchmark
    public long fastCsvSplitOnly() throws IOException {
        long fields = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Path.of(file))) {
            for (CsvRecord record : reader) {
                fields += record.getFieldCount();
            }
        }
        return fields;
    }

    @Benchmark
    public SpendCheckReport fullSpendCheck() throws SpendFileException {
        return new SpendCheck(new SpendFileReader()).check(Path.of(file));
    }
}
