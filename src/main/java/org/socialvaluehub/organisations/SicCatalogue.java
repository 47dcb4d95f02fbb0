package org.socialvaluehub.organisations;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** UK SIC 2007 (the Companies House condensed list): the sector an organisation declares. */
@Component
public class SicCatalogue {

    private final Map<String, String> descriptions;

    public SicCatalogue() {
        Map<String, String> codes = new LinkedHashMap<>();
        try (var reader = new InputStreamReader(
                        new ClassPathResource("reference/classifications/SIC07_CH_condensed_list_en.csv")
                                .getInputStream(),
                        StandardCharsets.UTF_8);
                var csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            csv.forEach(row -> codes.put(
                    row.getField("code").strip(), row.getField("description").strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.descriptions = Collections.unmodifiableMap(codes);
    }

    public Optional<String> description(String code) {
        return Optional.ofNullable(code == null ? null : descriptions.get(code.strip()));
    }

    /** Every code with its description, in code order. */
    public Map<String, String> all() {
        return descriptions;
    }
}
