package org.socialvaluehub.organisations.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.socialvaluehub.organisations.PostcodeDistricts;
import org.socialvaluehub.organisations.core.GeoPoint;
import org.springframework.stereotype.Component;

/**
 * The postcode districts nearest a point, so a sort by distance can look at the suppliers of a few nearby
 * districts first instead of measuring the distance to every supplier. A supplier's position is its
 * district's centroid, so every supplier outside the {@code n} nearest districts is at least as far away
 * as the furthest of them.
 */
@Component
class NearbyDistricts {

    /** The most districts a caller may ask for. */
    static final int MAX_KEPT = 64;

    private final List<PostcodeDistricts.District> all;
    private final Map<GeoPoint, List<Near>> byOrigin = new ConcurrentHashMap<>();

    NearbyDistricts(PostcodeDistricts districts) {
        this.all = List.copyOf(districts.all());
    }

    /** One district and its distance from the origin. */
    record Near(String code, double kilometres) {}

    /**
     * The {@code n} districts nearest {@code from}, nearest first, with every further district at exactly
     * the same distance as the last (so a cut never splits a tie).
     */
    List<String> nearest(GeoPoint from, int n) {
        if (n < 1 || n > MAX_KEPT) {
            throw new IllegalArgumentException("between 1 and " + MAX_KEPT + " districts, not " + n);
        }
        List<Near> sorted = byOrigin.computeIfAbsent(from, this::byDistance);
        if (n >= sorted.size()) {
            return sorted.stream().map(Near::code).toList();
        }
        double edge = sorted.get(n - 1).kilometres();
        int end = n;
        while (end < sorted.size() && sorted.get(end).kilometres() <= edge) {
            end++;
        }
        return sorted.subList(0, end).stream().map(Near::code).toList();
    }

    /**
     * The {@link #MAX_KEPT} nearest districts (and any tied with the last): origins are district centroids,
     * so this keeps at most one short list per district.
     */
    private List<Near> byDistance(GeoPoint from) {
        List<Near> sorted = all.stream()
                .map(d -> new Near(d.code(), from.kilometresTo(new GeoPoint(d.latitude(), d.longitude()))))
                .sorted(Comparator.comparingDouble(Near::kilometres))
                .toList();
        if (sorted.size() <= MAX_KEPT) {
            return sorted;
        }
        double edge = sorted.get(MAX_KEPT - 1).kilometres();
        return sorted.stream().takeWhile(d -> d.kilometres() <= edge).toList();
    }
}
