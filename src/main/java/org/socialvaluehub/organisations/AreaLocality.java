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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The partnership's area ({@code svh.area.districts}, default the shipped Oxfordshire list) and how
 * local any postcode district is: inside, neighbouring (within {@code svh.area.neighbour-distance-km}
 * of the nearest area district's centroid, default 25 km) or outside. The shipped list marks districts
 * that only partly overlap the county ("partial"): they are neighbouring unless a coordinator names them
 * in {@code svh.area.partial-districts-inside}. {@code svh.area.source} says where the definition comes from.
 */
@Component
public class AreaLocality {

    private final PostcodeDistricts districts;
    private final LocalityRule rule;
    private final Map<String, Locality> byDistrict;
    private final Set<String> partial;
    private final String source;
    private final boolean shipped;

    AreaLocality(
            PostcodeDistricts districts,
            @Value("${svh.area.districts:}") List<String> area,
            @Value("${svh.area.neighbour-distance-km:25}") double neighbourKilometres) {
        this(districts, area, neighbourKilometres, List.of(), "");
    }

    @Autowired
    AreaLocality(
            PostcodeDistricts districts,
            @Value("${svh.area.districts:}") List<String> area,
            @Value("${svh.area.neighbour-distance-km:25}") double neighbourKilometres,
            @Value("${svh.area.partial-districts-inside:}") List<String> partialInside,
            @Value("${svh.area.source:}") String source) {
        this.districts = districts;
        List<String> codes = stripped(area);
        Map<String, String> shipped = codes.isEmpty() ? oxfordshire() : Map.of();
        this.partial = shipped.entrySet().stream()
                .filter(e -> e.getValue().startsWith("partial"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
        List<String> inside = stripped(partialInside);
        Map<String, GeoPoint> centroids = new LinkedHashMap<>();
        for (String code : codes.isEmpty() ? shipped.keySet() : codes) {
            if (!partial.contains(code) || inside.contains(code)) {
                centroid(code).ifPresent(point -> centroids.put(code, point));
            }
        }
        this.rule = new LocalityRule(centroids, neighbourKilometres);
        this.byDistrict = districts.all().stream()
                .collect(Collectors.toUnmodifiableMap(
                        PostcodeDistricts.District::code,
                        d -> partial.contains(d.code()) && !inside.contains(d.code())
                                ? Locality.NEIGHBOURING
                                : rule.classify(d.code(), new GeoPoint(d.latitude(), d.longitude()))));
        this.source = source.strip();
        this.shipped = codes.isEmpty();
    }

    /** Where the area's definition comes from, as published with the figures; empty when not stated. */
    public String source() {
        return source;
    }

    /** Whether the area is the shipped Oxfordshire list (no {@code svh.area.districts} configured). */
    public boolean isShipped() {
        return shipped;
    }

    /** The shipped list's districts that only partly overlap the area (empty for a configured area). */
    public Set<String> partialDistricts() {
        return partial;
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

    private static List<String> stripped(List<String> codes) {
        return codes.stream().map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    /** The shipped Oxfordshire districts, each with its status note ("partial: ..." for a partial overlap). */
    private static Map<String, String> oxfordshire() {
        try (var reader = new InputStreamReader(
                        new ClassPathResource("reference/postcodes/oxfordshire-outcodes.csv").getInputStream(),
                        StandardCharsets.UTF_8);
                var csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            Map<String, String> codes = new LinkedHashMap<>();
            csv.forEach(row -> codes.put(
                    row.getField("outcode").strip(), row.getField("status_note").strip()));
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
