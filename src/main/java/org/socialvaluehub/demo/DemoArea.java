package org.socialvaluehub.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.core.io.ClassPathResource;

/** The partnership area's postcode districts with their population, to place demo organisations. */
final class DemoArea {

    /** A district and how many people live there. */
    record District(String code, int population) {}

    private DemoArea() {}

    /** Districts of the shipped Oxfordshire list that have people living in them. */
    static List<District> oxfordshire() {
        List<District> districts = new ArrayList<>();
        try (var reader = new InputStreamReader(
                        new ClassPathResource("reference/postcodes/oxfordshire-outcodes.csv").getInputStream(),
                        StandardCharsets.UTF_8);
                var csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord row : csv) {
                String population = row.getField("population").strip();
                if (!population.isEmpty() && Integer.parseInt(population) > 0) {
                    districts.add(new District(row.getField("outcode").strip(), Integer.parseInt(population)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return districts;
    }

    static District weightedPick(SplittableRandom random, List<District> districts) {
        long total = districts.stream().mapToLong(District::population).sum();
        long roll = random.nextLong(total);
        for (District district : districts) {
            roll -= district.population();
            if (roll < 0) {
                return district;
            }
        }
        return districts.get(districts.size() - 1);
    }
}
