package org.socialvaluehub.organisations.directory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.organisations.DirectoryChanged;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.OrganisationsMerged;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.organisations.core.Locality;
import org.socialvaluehub.organisations.credentials.CredentialType;
import org.socialvaluehub.organisations.credentials.Credentials;
import org.socialvaluehub.organisations.directory.SearchFilter.Facet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Counts the directory's facets for a search: legal form, size, locality, CPV division, credential, verified. */
@Component
class DirectoryFacets {

    private final JdbcClient jdbc;
    private final CpvCatalogue cpv;
    private final Credentials credentials;
    private final RecentCounts<Counted> recent;

    DirectoryFacets(
            JdbcClient jdbc,
            CpvCatalogue cpv,
            Credentials credentials,
            Clock clock,
            @Value("${svh.directory.facet-counts-kept-for:60s}") Duration keepFor) {
        this.jdbc = jdbc;
        this.cpv = cpv;
        this.credentials = credentials;
        this.recent = new RecentCounts<>(clock, keepFor, 2_000);
    }

    /**
     * The facet groups of a search, and its total, from one statement, or a recent answer to the same search
     * (the conditions include every choice, so the ticked boxes are the same too).
     */
    Counted of(DirectoryQuery query) {
        SearchFilter.Parts parts = SearchFilter.Parts.of(query);
        return recent.get(parts.toString(), () -> counted(query, FacetCounts.of(jdbc, parts)));
    }

    private Counted counted(DirectoryQuery query, FacetCounts counts) {
        List<FacetGroup> groups = new ArrayList<>();
        groups.add(enumGroup(
                "directory.facet.legalForm",
                "legalForm",
                "legalForm.",
                names(LegalForm.values()),
                counts.of(Facet.LEGAL_FORM),
                query.getLegalForm()));
        groups.add(enumGroup(
                "directory.facet.size",
                "size",
                "sizeBand.",
                names(SizeBand.values()),
                counts.of(Facet.SIZE),
                query.getSize()));
        groups.add(enumGroup(
                "directory.facet.locality",
                "locality",
                "locality.",
                names(Locality.values()),
                counts.of(Facet.LOCALITY),
                query.getLocality()));
        List<FacetGroup.Option> cpvOptions = new ArrayList<>();
        new TreeMap<>(counts.of(Facet.CPV))
                .forEach((division, count) -> cpvOptions.add(new FacetGroup.Option(
                        division,
                        null,
                        cpv.division(division).map(e -> e.label()).orElse(division),
                        count,
                        query.getCpv().contains(division))));
        groups.add(new FacetGroup("directory.facet.cpv", "cpv", cpvOptions));
        Map<String, Long> held = counts.of(Facet.CREDENTIAL);
        List<FacetGroup.Option> credentialOptions = new ArrayList<>();
        for (CredentialType type : credentials.types()) {
            credentialOptions.add(new FacetGroup.Option(
                    type.code(),
                    null,
                    type.name(),
                    held.getOrDefault(type.code(), 0L),
                    query.getCredential().contains(type.code())));
        }
        groups.add(new FacetGroup("directory.facet.credential", "credential", credentialOptions));
        groups.add(new FacetGroup(
                "directory.facet.verified",
                "verified",
                List.of(new FacetGroup.Option(
                        "true",
                        "directory.facet.verifiedOnly",
                        null,
                        counts.of(Facet.VERIFIED).getOrDefault("true", 0L),
                        query.isVerified()))));
        return new Counted(counts.total(), List.copyOf(groups));
    }

    /** Organisations changed: the kept counts no longer match the rows, so they are counted again. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(DirectoryChanged changed) {
        recent.forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganisationsMerged merged) {
        recent.forget();
    }

    /** A search's total and its facet groups. */
    record Counted(long total, List<FacetGroup> groups) {}

    private static FacetGroup enumGroup(
            String title,
            String param,
            String prefix,
            List<String> values,
            Map<String, Long> counts,
            List<String> selected) {
        return new FacetGroup(
                title,
                param,
                values.stream()
                        .map(v -> new FacetGroup.Option(
                                v, prefix + v, null, counts.getOrDefault(v, 0L), selected.contains(v)))
                        .toList());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
