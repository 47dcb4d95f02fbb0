package org.socialvaluehub.organisations;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.organisations.core.CpvCode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The 9,454 CPV 2008 codes with their English labels, searchable by words or by code. */
@Component
public class CpvCatalogue {

    /** One code as published: eight digits, the check digit and the label. */
    public record Entry(String digits, String code, String label) {

        public String division() {
            return digits.substring(0, 2);
        }
    }

    private final Map<String, Entry> byDigits;

    public CpvCatalogue() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (var reader = new InputStreamReader(
                        new ClassPathResource("reference/classifications/cpv-2008-codes-en.csv").getInputStream(),
                        StandardCharsets.UTF_8);
                var csv = CsvReader.builder().ofCsvRecord(reader)) {
            csv.stream()
                    .skip(1)
                    .forEach(row -> CpvCode.parse(row.getField(0).replace("\uFEFF", ""))
                            .ifPresent(code -> entries.put(
                                    code.digits(),
                                    new Entry(
                                            code.digits(),
                                            row.getField(0).strip(),
                                            row.getField(1).strip()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.byDigits = Map.copyOf(entries);
    }

    /** The published entry for a code, whatever its check digit. */
    public Optional<Entry> find(String code) {
        return CpvCode.parse(code).map(c -> byDigits.get(c.digits()));
    }

    public int size() {
        return byDigits.size();
    }

    /**
     * Codes whose label contains every word of the query, or whose digits start with it; at most {@code limit}. Word
     * searches rank by meaning: labels with every word as a whole word first, then labels that start with a query
     * word ("Cleaning services" before "Machines for cleaning eggs"), then broader codes before narrower ones.
     */
    public List<Entry> search(String query, int limit) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.UK);
        if (text.length() < 2) {
            return List.of();
        }
        String digits = text.replaceAll("-[0-9]$", "");
        if (digits.matches("[0-9]+")) {
            return byDigits.values().stream()
                    .filter(e -> e.digits().startsWith(digits))
                    .sorted(Comparator.comparing(Entry::digits))
                    .limit(limit)
                    .toList();
        }
        List<String> words = Arrays.asList(text.split("\\s+"));
        return byDigits.values().stream()
                .filter(e -> words.stream()
                        .allMatch(w -> e.label().toLowerCase(Locale.UK).contains(w)))
                .map(e -> new CpvMatch(e, words))
                .sorted()
                .limit(limit)
                .map(CpvMatch::entry)
                .toList();
    }

    /** The division entries ("45000000-7 Construction work"), for the category facet. */
    public Optional<Entry> division(String twoDigits) {
        return Optional.ofNullable(byDigits.get(twoDigits + "000000"));
    }
}
