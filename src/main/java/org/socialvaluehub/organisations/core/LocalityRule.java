package org.socialvaluehub.organisations.core;

import java.util.Map;
import java.util.Optional;

/**
 * The partnership area as a list of postcode districts with their centroids: a district in the list
 * is inside; one whose centroid is within the neighbouring distance of the nearest area centroid is
 * neighbouring; any other is outside.
 */
public record LocalityRule(Map<String, GeoPoint> area, double neighbourKilometres) {

    public LocalityRule {
        area = Map.copyOf(area);
        if (area.isEmpty() || neighbourKilometres < 0) {
            throw new IllegalArgumentException("The area needs at least one district and a distance of 0 km or more");
        }
    }

    public Locality classify(String district, GeoPoint centroid) {
        if (area.containsKey(district)) {
            return Locality.INSIDE;
        }
        return nearestKilometres(centroid)
                        .filter(km -> km <= neighbourKilometres)
                        .isPresent()
                ? Locality.NEIGHBOURING
                : Locality.OUTSIDE;
    }

    /** Distance from a point to the nearest centroid of the area. */
    public Optional<Double> nearestKilometres(GeoPoint point) {
        return point == null
                ? Optional.empty()
                : area.values().stream().map(point::kilometresTo).min(Double::compare);
    }
}
