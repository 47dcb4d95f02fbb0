package org.socialvaluehub.organisations;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialvaluehub.organisations.core.GeoPoint;
import org.socialvaluehub.organisations.core.Locality;
import org.socialvaluehub.organisations.core.LocalityRule;
import org.socialvaluehub.shared.PostcodeDistrict;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The partnership's area ({@code svh.area.districts}, default the shipped Oxfordshire list) and how
 * local any postcode district is: inside, neighbouring (within {@code svh.area.neighbour-distance-km}
 * of the nearest area district's centroid, default 25 km) or outside.
 */
@Component
public class AreaLocality {

    private final PostcodeDistricts districts;
    private final LocalityRule rule;
    private final Map<String, Locality> byDistrict;

    AreaLocality(
            PostcodeDistricts districts,
            @Value("${svh.area.districts:}") List<String> area,
            @Value("${svh.area.neighbour-distance-km:25}") double neighbourKilometres) {
        this.districts = districts;
        List<String> codes =
                area.stream().map(String::strip).filter(code -> !code.isEmpty()).toList();
        Map<String, GeoPoint> centroids = new LinkedHashMap<>();
        for (String code : codes.isEmpty() ? oxfordshire() : codes) {
            centroid(code).ifPresent(point -> centroids.put(code, point));
        }
        this.rule = new LocalityRule(centroids, neighbourKilometres);
        this.byDistrict = districts.all().stream()
                .collect(Collectors.toUnmodifiableMap(
                        PostcodeDistricts.District::code,
                        d -> rule.classify(d.code(), new GeoPoint(d.latitude(), d.longitude()))));
    }

    /** The locality of a district; unknown districts are outside. */
    public Locality of(String district) {
        return district == null ? Locality.OUTSIDE : byDistrict.getOrDefault(district, Locality.OUTSIDE);
    }

    public Locality of(PostcodeDistrict district) {
        return of(district.code());
    }

    public Set<String> area() {
        return rule.area().keySet();
    }

    public double neighbourKilometres() {
        return rule.neighbourKilometres();
    }

    /** Districts with the given locality, for bulk updates. */
    public Set<String> districtsWith(Locality locality) {
        return byDistrict.entrySet().stream()
                .filter(e -> e.getValue() == locality)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    public Optional<GeoPoint> centroid(String district) {
        return PostcodeDistrict.parse(district)
                .flatMap(districts::find)
                .map(d -> new GeoPoint(d.latitude(), d.longitude()));
    }

    private static List<String> oxfordshire() {
        try (var reader = new InputStreamReader(
                        new ClassPathResource("reference/postcodes/oxfordshire-outcodes.csv").getInputStream(),
                        StandardCharsets.UTF_8);
                var csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            return csv.stream().map(row -> row.getField("outcode").strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
