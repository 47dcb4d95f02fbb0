package org.socialvaluehub.measures.core;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a deflator series file: {@code # source_name:} and {@code # source_url:} comment lines, then a
 * {@code year,index} header and one row a year, the year written as a financial year ("2024-25", as HM
 * Treasury publishes them) or the calendar year it starts in ("2024").
 */
public final class DeflatorCsv {

    private DeflatorCsv() {}

    public static DeflatorSeries read(byte[] bytes) {
        String sourceName = null;
        String sourceUrl = null;
        Map<Integer, BigDecimal> indexByYear = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        boolean headerSeen = false;
        for (CsvRecord record : CsvText.records(CsvText.decodeUtf8(bytes), CommentStrategy.READ)) {
            String line = "line " + record.getStartingLineNumber();
            if (record.isComment()) {
                String comment = record.getField(0).strip();
                if (comment.startsWith("source_name:")) {
                    sourceName = comment.substring("source_name:".length()).strip();
                } else if (comment.startsWith("source_url:")) {
                    sourceUrl = comment.substring("source_url:".length()).strip();
                }
            } else if (CsvText.isBlankRecord(record)) {
                continue;
            } else if (!headerSeen) {
                headerSeen = true;
                if (!record.getFields().stream().map(String::strip).toList().equals(List.of("year", "index"))) {
                    problems.add(new Problem(line, "the header must be year,index"));
                }
            } else {
                readRow(record, line, indexByYear, problems);
            }
        }
        if (ProxyValue.isBlank(sourceName) || ProxyValue.isBlank(sourceUrl)) {
            problems.add(new Problem("source", "a deflator series needs '# source_name:' and '# source_url:' lines"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DeflatorSeries(sourceName, sourceUrl, indexByYear);
    }

    private static void readRow(
            CsvRecord record, String line, Map<Integer, BigDecimal> indexByYear, List<Problem> problems) {
        try {
            int year =
                    PriceBasis.parseYear(record.getField(0)).orElseThrow(() -> new NumberFormatException("not a year"));
            BigDecimal index = new BigDecimal(
                    record.getFieldCount() > 1 ? record.getField(1).strip() : "");
            if (index.signum() <= 0) {
                problems.add(new Problem(line, "the index must be positive, but is " + index.toPlainString()));
            } else if (indexByYear.putIfAbsent(year, index) != null) {
                problems.add(new Problem(line, "the year " + year + " appears twice"));
            }
        } catch (NumberFormatException e) {
            problems.add(new Problem(line, "expected a year and a number, such as 2024-25,101.234"));
        }
    }
}
