package org.socialvaluehub.spend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Spend files for tests: the project's ugly samples, and small files written on the spot. */
public final class SpendTestFiles {

    private SpendTestFiles() {}

    public static Path sample(String name) {
        return Path.of("src/test/resources/spend", name);
    }

    public static Path write(String content) {
        try {
            Path file = Files.createTempFile("spend-", ".csv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain file of the given number of distinct rows. */
    static Path generated(int rows) {
        StringBuilder csv = new StringBuilder("Payment Date,Supplier Name,Expense Type,Transaction Number,Amount\n");
        LocalDate day = LocalDate.of(2024, 4, 1);
        for (int i = 0; i < rows; i++) {
            csv.append(day.plusDays(i % 300))
                    .append(",Supplier ")
                    .append(i % 97)
                    .append(" Ltd,Catering,T")
                    .append(i)
                    .append(',')
                    .append(10 + i % 50)
                    .append(".25\n");
        }
        return write(csv.toString());
    }
}
