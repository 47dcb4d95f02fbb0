package org.socialvaluehub.measures.core;

import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The framework CSV's comment lines that state its price basis, {@code # price_year: 2024-25} and
 * {@code # appraisal_base_year: 2025-26}; a file with neither states none, one with only one is refused.
 */
final class PriceBasisLines {

    static final String PRICE_YEAR = "price_year";
    static final String BASE_YEAR = "appraisal_base_year";

    private PriceBasisLines() {}

    static PriceBasis read(List<CsvRecord> comments, List<CsvProblem> problems) {
        Map<String, Integer> years = new HashMap<>();
        for (CsvRecord comment : comments) {
            long line = comment.getStartingLineNumber();
            String text = comment.getField(0).strip();
            int colon = text.indexOf(':');
            String key = colon < 0 ? text : text.substring(0, colon).strip();
            if (!key.equals(PRICE_YEAR) && !key.equals(BASE_YEAR)) {
                problems.add(new CsvProblem(
                        line,
                        null,
                        "a line starting # may only state '# price_year: 2024-25' or '# " + BASE_YEAR + ": 2025-26'"));
                continue;
            }
            Optional<Integer> year = PriceBasis.parseYear(text.substring(colon + 1));
            if (year.isEmpty()) {
                problems.add(new CsvProblem(line, key, "must be a financial year such as 2024-25"));
            } else {
                years.put(key, year.get());
            }
        }
        if (years.isEmpty()) {
            return null;
        }
        if (years.size() == 1) {
            problems.add(new CsvProblem(
                    comments.get(0).getStartingLineNumber(),
                    null,
                    "state both '# " + PRICE_YEAR + ":' and '# " + BASE_YEAR + ":', or neither"));
            return null;
        }
        return new PriceBasis(years.get(PRICE_YEAR), years.get(BASE_YEAR));
    }

    static void write(CsvWriter csv, PriceBasis basis) {
        if (basis != null) {
            csv.writeComment(" " + PRICE_YEAR + ": " + PriceBasis.label(basis.priceYear()));
            csv.writeComment(" " + BASE_YEAR + ": " + PriceBasis.label(basis.baseYear()));
        }
    }
}
