package org.socialvaluehub.organisations.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.organisations.PostcodeDistricts;
import org.socialvaluehub.organisations.core.GeoPoint;

/** The districts nearest a point, which bound a sort by distance. */
class NearbyDistrictsTest {

    private final PostcodeDistricts districts = new PostcodeDistricts();
    private final NearbyDistricts nearby = new NearbyDistricts(districts);

    @Test
    void listsTheNearestDistrictsNearestFirst() {
        GeoPoint abingdon = centroid("OX14");
        List<String> nearest = nearby.nearest(abingdon, 8);
        assertThat(nearest).hasSizeGreaterThanOrEqualTo(8).startsWith("OX14").doesNotContain("M1");
        List<Double> kilometres = nearest.stream()
                .map(code -> abingdon.kilometresTo(centroid(code)))
                .toList();
        assertThat(kilometres).isSorted();
    }

    @Test
    void noDistrictLeftOutIsNearerThanTheFurthestListed() {
        GeoPoint manchester = centroid("M1");
        List<String> nearest = nearby.nearest(manchester, 32);
        double edge = nearest.stream()
                .mapToDouble(code -> manchester.kilometresTo(centroid(code)))
                .max()
                .orElseThrow();
        assertThat(districts.all())
                .filteredOn(d -> !nearest.contains(d.code()))
                .allSatisfy(d -> assertThat(manchester.kilometresTo(new GeoPoint(d.latitude(), d.longitude())))
                        .isGreaterThan(edge));
    }

    @Test
    void refusesMoreDistrictsThanItKeeps() {
        assertThatThrownBy(() -> nearby.nearest(centroid("OX14"), NearbyDistricts.MAX_KEPT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private GeoPoint centroid(String code) {
        var d = districts.all().stream()
                .filter(x -> x.code().equals(code))
                .findFirst()
                .orElseThrow();
        return new GeoPoint(d.latitude(), d.longitude());
    }
}
