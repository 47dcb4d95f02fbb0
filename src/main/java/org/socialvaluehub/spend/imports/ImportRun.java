package org.socialvaluehub.spend.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.spend.ImportResult;
import org.socialvaluehub.spend.core.RowProblem;
import org.socialvaluehub.spend.core.SpendCheckReport;
import org.socialvaluehub.spend.core.SpendRow;
import org.socialvaluehub.spend.core.SupplierNames;

/** What one import has seen so far: counts, rejections, and the supplier names (with any numbers) its lines gave. */
public final class ImportRun {

    public long read;
    public long accepted;
    public long redacted;
    public long formula;
    public long addedLines;
    public long addedPence;
    public long acceptedPence;
    public long rejectedPence;
    public Long fileTotalPence;
    /** The fingerprints of accepted lines found among earlier imports', to say which imports they came from. */
    public final List<byte[]> skipped = new ArrayList<>();

    final List<SpendCheckReport.Rejection> rejections = new ArrayList<>();
    /** Name key → the first spelling seen, to show people. */
    public final Map<String, String> names = new HashMap<>();
    /** Name key → company or charity numbers given with it. */
    public final Map<String, Set<String>> numbers = new HashMap<>();

    private final Map<String, Spelling> spellings = new HashMap<>();

    /** A supplier name as the file spells it, one instance per spelling, with its key. */
    public static final class Spelling {
        public final String name;
        public final String key;
        /** The spelling's number in this import (0 and up), or -1 once there are too many spellings to keep. */
        public final int number;
        /** Whether the spelling is among the import's supplier names already. */
        private boolean named;

        private Spelling(String name, String key, int number) {
            this.name = name;
            this.key = key;
            this.number = number;
        }
    }

    /** A rejected row: its reasons are kept, its readable amount counted (a total line's is the file's total). */
    public void reject(SpendRow row) {
        if (row.totalLine() && row.hasAmount()) {
            fileTotalPence = row.amountPence();
        } else if (row.hasAmount()) {
            rejectedPence += row.amountPence();
        }
        reject(row.line(), row.problems());
    }

    void reject(long line, List<RowProblem> problems) {
        if (rejections.size() < ImportRepository.REJECTIONS_KEPT) {
            rejections.add(new SpendCheckReport.Rejection(line, problems));
        }
    }

    /**
     * The name's spelling and key: names repeat thousands of times in a file, so each spelling is normalised once, and
     * its one instance makes later look-ups by it cheap.
     */
    public Spelling spelling(String name) {
        Spelling spelling = spellings.get(name);
        if (spelling == null) {
            boolean kept = spellings.size() < 100_000;
            spelling = new Spelling(name, SupplierNames.key(name), kept ? spellings.size() : -1);
            if (kept) {
                spellings.put(name, spelling);
            }
        }
        return spelling;
    }

    /** A named (not redacted) supplier's line: its spelling, and any company or charity number given with it. */
    public void supplier(Spelling spelling, String number) {
        if (spelling.key.isEmpty()) {
            return;
        }
        if (!spelling.named) {
            names.merge(spelling.key, spelling.name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            spelling.named = true;
        }
        if (!number.isEmpty()) {
            numbers.computeIfAbsent(spelling.key, k -> new HashSet<>()).add(number);
        }
    }

    /** The import's result, with the earlier imports its skipped lines came from. */
    public ImportResult result(long importId, List<ImportResult.Earlier> earlier) {
        long already = earlier.stream().mapToLong(ImportResult.Earlier::pence).sum();
        return new ImportResult(
                importId,
                read,
                accepted,
                read - accepted,
                addedLines,
                redacted,
                formula,
                rejections,
                new ImportResult.Money(acceptedPence, addedPence, already, rejectedPence, fileTotalPence),
                earlier);
    }
}
