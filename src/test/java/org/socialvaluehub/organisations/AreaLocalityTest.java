package org.socialvaluehub.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.organisations.core.Locality;

/** Locality against the shipped postcode file and the default Oxfordshire area. */
class AreaLocalityTest {

    private static final PostcodeDistricts DISTRICTS = new PostcodeDistricts();
    private final AreaLocality oxfordshire = new AreaLocality(DISTRICTS, List.of(), 25);

    @Test
    void defaultAreaIsTheShippedOxfordshireList() {
        assertThat(oxfordshire.area()).hasSize(31).contains("OX1", "OX14", "RG9");
    }

    @Test
    void districtsOnlyPartlyInTheCountyAreNeighbouringUnlessACoordinatorCountsThemInside() {
        assertThat(oxfordshire.partialDistricts()).containsExactlyInAnyOrder("RG4", "SN6", "GL7", "MK18");
        for (String partial : List.of("RG4", "SN6", "GL7", "MK18")) {
            assertThat(oxfordshire.of(partial)).isEqualTo(Locality.NEIGHBOURING);
        }
        AreaLocality decided = new AreaLocality(DISTRICTS, List.of(), 25, List.of("RG4"), "decided by the partnership");
        assertThat(decided.of("RG4")).isEqualTo(Locality.INSIDE);
        assertThat(decided.of("MK18")).isEqualTo(Locality.NEIGHBOURING);
        assertThat(decided.source()).isEqualTo("decided by the partnership");
    }

    @Test
    void abingdonIsInsideHighWycombeNeighbouringAndManchesterOutside() {
        assertThat(oxfordshire.of("OX14")).isEqualTo(Locality.INSIDE);
        assertThat(oxfordshire.of("HP18")).isEqualTo(Locality.NEIGHBOURING);
        assertThat(oxfordshire.of("NN13")).isEqualTo(Locality.NEIGHBOURING);
        assertThat(oxfordshire.of("M1")).isEqualTo(Locality.OUTSIDE);
        assertThat(oxfordshire.of("ZZ99")).isEqualTo(Locality.OUTSIDE);
    }

    @Test
    void areaAndDistanceAreConfiguration() {
        AreaLocality cityOnly = new AreaLocality(DISTRICTS, List.of("OX1", "OX2", "OX3", "OX4"), 5);
        assertThat(cityOnly.of("OX4")).isEqualTo(Locality.INSIDE);
        assertThat(cityOnly.of("OX14")).isEqualTo(Locality.OUTSIDE);
        assertThat(new AreaLocality(DISTRICTS, List.of("OX1"), 15).of("OX14")).isEqualTo(Locality.NEIGHBOURING);
    }
}
