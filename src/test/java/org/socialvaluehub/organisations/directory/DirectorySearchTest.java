package org.socialvaluehub.organisations.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.organisations.DirectoryFixtures;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.SizeBand;
import org.springframework.beans.factory.annotation.Autowired;

/** Full-text search, facets with counts and sorting on PostgreSQL. */
@HubTest
class DirectorySearchTest {

    @Autowired
    DirectorySearch search;

    @Autowired
    DirectoryFixtures fixtures;

    private String token;
    private long abingdon;
    private long manchester;
    private long haddenham;

    @BeforeEach
    void suppliers() {
        token = "quark" + System.nanoTime();
        abingdon = fixtures.supplier(
                "Abingdon Sparkle " + token,
                LegalForm.COMPANY,
                SizeBand.SMALL,
                "OX14 3DB",
                "We clean offices " + token,
                "90910000-9");
        manchester = fixtures.supplier(
                "Mancunian Builders " + token,
                LegalForm.CIC,
                SizeBand.MICRO,
                "M1 1AE",
                "We build homes " + token,
                "45000000");
        haddenham = fixtures.supplier(
                "Haddenham Helpers " + token, LegalForm.CHARITY, SizeBand.MICRO, "HP17 8AA", "We help carers " + token);
        fixtures.credential(abingdon, "REAL_LIVING_WAGE", true);
        fixtures.credential(manchester, "REAL_LIVING_WAGE", false);
    }

    @Test
    void countsEveryFacetForTheWords() {
        DirectoryResults results = search.search(query(), true, false);
        assertThat(results.total()).isEqualTo(3);
        assertThat(counts(results, "legalForm"))
                .containsEntry("COMPANY", 1L)
                .containsEntry("CIC", 1L)
                .containsEntry("CHARITY", 1L)
                .containsEntry("COOPERATIVE", 0L);
        assertThat(counts(results, "size")).containsEntry("SMALL", 1L).containsEntry("MICRO", 2L);
        assertThat(counts(results, "locality"))
                .containsEntry("INSIDE", 1L)
                .containsEntry("NEIGHBOURING", 1L)
                .containsEntry("OUTSIDE", 1L);
        assertThat(counts(results, "cpv")).containsExactlyInAnyOrderEntriesOf(Map.of("90", 1L, "45", 1L));
        assertThat(counts(results, "credential"))
                .containsEntry("REAL_LIVING_WAGE", 2L)
                .containsEntry("B_CORP", 0L);
        assertThat(counts(results, "verified")).containsEntry("true", 1L);
    }

    @Test
    void onlyVerifiedCredentialsCountWhenVerifiedOnly() {
        DirectoryQuery query = query();
        query.setVerified(true);
        DirectoryResults results = search.search(query, true, false);
        assertThat(ids(results)).containsExactly(abingdon);
        assertThat(counts(results, "credential")).containsEntry("REAL_LIVING_WAGE", 1L);
        assertThat(results.rows().get(0).verifiedCredentials()).containsExactly("Real Living Wage employer");
    }

    @Test
    void aFacetsOwnChoiceDoesNotNarrowItsCounts() {
        DirectoryQuery query = query();
        query.setLocality(List.of("INSIDE"));
        DirectoryResults results = search.search(query, true, false);
        assertThat(ids(results)).containsExactly(abingdon);
        assertThat(counts(results, "locality")).containsEntry("OUTSIDE", 1L).containsEntry("NEIGHBOURING", 1L);
        assertThat(counts(results, "legalForm")).containsEntry("COMPANY", 1L).containsEntry("CIC", 0L);
    }

    @Test
    void findsCpvLabelsAndFiltersByDivision() {
        DirectoryQuery words = query();
        words.setQ(token + " cleaning");
        assertThat(ids(search.search(words, false, false))).containsExactly(abingdon);
        DirectoryQuery division = query();
        division.setCpv(List.of("45"));
        assertThat(ids(search.search(division, false, false))).containsExactly(manchester);
    }

    @Test
    void sortsByDistanceFromAPostcodeAndGroupsByDistrictForTheMap() {
        DirectoryQuery query = query();
        query.setSort("distance");
        query.setPostcode("OX14 1AA");
        DirectoryResults results = search.search(query, false, true);
        assertThat(ids(results)).containsExactly(abingdon, haddenham, manchester);
        assertThat(results.rows().get(0).distanceKm()).isLessThan(5);
        assertThat(results.districts())
                .extracting(DistrictPoint::district)
                .containsExactlyInAnyOrder("OX14", "HP17", "M1");
    }

    @Test
    void aFullPageSortedByDistanceIsTheNearestSuppliersWhereverTheyAre() {
        // More than a page near Abingdon, so the page comes from the nearest districts alone; the rest beyond.
        for (int i = 0; i < 12; i++) {
            fixtures.supplier(
                    "Neighbour " + (char) ('a' + i) + " " + token,
                    LegalForm.COMPANY,
                    SizeBand.SMALL,
                    "OX14 1AA",
                    token);
        }
        for (int i = 0; i < 9; i++) {
            fixtures.supplier(
                    "Didcot " + (char) ('A' + i) + " " + token, LegalForm.COMPANY, SizeBand.SMALL, "OX11 7AA", token);
        }
        DirectoryQuery query = query();
        query.setSort("distance");
        query.setPostcode("OX14 5AA");
        DirectoryResults first = search.search(query, true, false);
        query.setPage(2);
        DirectoryResults second = search.search(query, true, false);

        List<DirectoryRow> all = new ArrayList<>(first.rows());
        all.addAll(second.rows());
        assertThat(first.rows()).hasSize(20);
        assertThat(all).extracting(DirectoryRow::id).doesNotHaveDuplicates().hasSize(24);
        assertThat(all).extracting(DirectoryRow::distanceKm).isSorted();
        assertThat(all.subList(0, 13)).extracting(DirectoryRow::district).containsOnly("OX14");
        assertThat(all.subList(0, 13))
                .extracting(r -> r.name().toLowerCase(Locale.ROOT))
                .isSorted();
        assertThat(all.get(22).id()).isEqualTo(haddenham);
        assertThat(all.get(23).id()).isEqualTo(manchester);
    }

    @Test
    void sortsByNameRegardlessOfCase() {
        fixtures.supplier("aardvark Care " + token, LegalForm.COMPANY, SizeBand.SMALL, "OX1 1AA", token);
        DirectoryQuery query = query();
        query.setSort("name");
        assertThat(search.search(query, false, false).rows())
                .extracting(DirectoryRow::name)
                .containsExactly(
                        "aardvark Care " + token,
                        "Abingdon Sparkle " + token,
                        "Haddenham Helpers " + token,
                        "Mancunian Builders " + token);
    }

    @Test
    void relevanceFavoursTheNameOverCategoriesOverTheOffer() {
        String word = "zircon" + System.nanoTime();
        long inOffer = fixtures.supplier(
                "Aardvark Offers " + token,
                LegalForm.COMPANY,
                SizeBand.SMALL,
                "OX14 3DB",
                "We polish " + word + " for schools",
                "90910000-9");
        long inName = fixtures.supplier(
                "Zebra " + word + " Works " + token,
                LegalForm.COMPANY,
                SizeBand.SMALL,
                "OX14 3DB",
                "We clean offices",
                "90910000-9");
        DirectoryQuery query = new DirectoryQuery();
        query.setQ(word);
        query.setSort("relevance");

        assertThat(ids(search.search(query, false, false))).containsExactly(inName, inOffer);
    }

    private DirectoryQuery query() {
        DirectoryQuery query = new DirectoryQuery();
        query.setQ(token);
        return query;
    }

    private static List<Long> ids(DirectoryResults results) {
        return results.rows().stream().map(DirectoryRow::id).toList();
    }

    private static Map<String, Long> counts(DirectoryResults results, String param) {
        return results.facets().stream()
                .filter(g -> g.param().equals(param))
                .findFirst()
                .orElseThrow()
                .options()
                .stream()
                .collect(Collectors.toMap(FacetGroup.Option::value, FacetGroup.Option::count));
    }
}
