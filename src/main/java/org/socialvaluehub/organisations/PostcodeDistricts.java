package org.socialvaluehub.organisations;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.shared.PostcodeDistrict;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The UK's postcode districts with their centroids and local authority, from the shipped reference file. */
@Component
public class PostcodeDistricts {

    /** One district: centroid and the local authority at the centroid (older names, see reference/README). */
    public record District(
            String code,
            double latitude,
            double longitude,
            String town,
            String localAuthority,
            String region,
            int activePostcodes) {}

    private final Map<String, District> byCode;

    public PostcodeDistricts() {
        this.byCode = load("reference/postcodes/postcode-districts.csv");
    }

    public Optional<District> find(PostcodeDistrict district) {
        return Optional.ofNullable(byCode.get(district.code()));
    }

    public boolean isKnown(PostcodeDistrict district) {
        return byCode.containsKey(district.code());
    }

    public Collection<District> all() {
        return byCode.values();
    }

    private static Map<String, District> load(String path) {
        Map<String, District> districts = new LinkedHashMap<>();
        try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
                var csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord row : csv) {
                String code = row.getField("Postcode").trim();
                if (row.getField("Latitude").isBlank()) {
                    continue; // non-geographic districts have no centroid
                }
                districts.put(
                        code,
                        new District(
                                code,
                                Double.parseDouble(row.getField("Latitude").trim()),
                                Double.parseDouble(row.getField("Longitude").trim()),
                                row.getField("Town/Area").strip(),
                                row.getField("Region").strip(),
                                row.getField("UK region").strip(),
                                parseInt(row.getField("Active postcodes"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        return Map.copyOf(districts);
    }

    private static int parseInt(String text) {
        String digits = text.strip();
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
