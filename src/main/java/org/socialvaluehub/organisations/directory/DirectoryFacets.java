package org.socialvaluehub.organisations.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.organisations.core.Locality;
import org.socialvaluehub.organisations.credentials.CredentialType;
import org.socialvaluehub.organisations.credentials.Credentials;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts the directory's facets for a search: legal form, size, locality, CPV division, credential, verified. */
@Component
class DirectoryFacets {

    private final JdbcClient jdbc;
    private final CpvCatalogue cpv;
    private final Credentials credentials;

    DirectoryFacets(JdbcClient jdbc, CpvCatalogue cpv, Credentials credentials) {
        this.jdbc = jdbc;
        this.cpv = cpv;
        this.credentials = credentials;
    }

    List<FacetGroup> of(DirectoryQuery query) {
        List<FacetGroup> groups = new ArrayList<>();
        groups.add(enumGroup("directory.facet.legalForm", "legalForm", "legalForm.", names(LegalForm.values()),
                counts(query, SearchFilter.Facet.LEGAL_FORM, "o.legal_form", ""), query.getLegalForm()));
        groups.add(enumGroup("directory.facet.size", "size", "sizeBand.", names(SizeBand.values()),
                counts(query, SearchFilter.Facet.SIZE, "o.size_band", ""), query.getSize()));
        groups.add(enumGroup("directory.facet.locality", "locality", "locality.", names(Locality.values()),
                counts(query, SearchFilter.Facet.LOCALITY, "o.locality", ""), query.getLocality()));
        Map<String, Long> divisions = counts(query, SearchFilter.Facet.CPV, "substr(c.code, 1, 2)",
                " join org_cpv c on c.organisation_id = o.id");
        List<FacetGroup.Option> cpvOptions = new ArrayList<>();
        divisions.forEach((division, count) -> cpvOptions.add(new FacetGroup.Option(division, null,
                cpv.division(division).map(e -> e.label()).orElse(division), count, query.getCpv().contains(division))));
        groups.add(new FacetGroup("directory.facet.cpv", "cpv", cpvOptions));
        Map<String, Long> held = counts(query, SearchFilter.Facet.CREDENTIAL, "k.type_code",
                " join org_credential k on k.organisation_id = o.id and k.status in (:credentialStatuses)");
        List<FacetGroup.Option> credentialOptions = new ArrayList<>();
        for (CredentialType type : credentials.types()) {
            credentialOptions.add(new FacetGroup.Option(type.code(), null, type.name(), held.getOrDefault(type.code(), 0L),
                    query.getCredential().contains(type.code())));
        }
        groups.add(new FacetGroup("directory.facet.credential", "credential", credentialOptions));
        Map<String, Long> verified = counts(query, SearchFilter.Facet.VERIFIED, "'true'",
                " where exists (select 1 from org_credential v where v.organisation_id = o.id and v.status = 'VERIFIED') and");
        groups.add(new FacetGroup("directory.facet.verified", "verified", List.of(new FacetGroup.Option("true",
                "directory.facet.verifiedOnly", null, verified.getOrDefault("true", 0L), query.isVerified()))));
        return groups;
    }

    private Map<String, Long> counts(DirectoryQuery query, SearchFilter.Facet facet, String key, String join) {
        SearchFilter filter = SearchFilter.of(query, facet);
        Map<String, Long> counts = new LinkedHashMap<>();
        // Only a join can repeat an organisation; without one, count(*) avoids a sort per facet.
        String count = join.startsWith(" join") ? "count(distinct o.id)" : "count(*)";
        String where = join.startsWith(" where") ? join + " " : " where ";
        jdbc.sql("select " + key + " as k, " + count + " from org_organisation o" + (join.startsWith(" join") ? join : "")
                        + where + filter.where()
                        + " group by 1 order by 1")
                .params(filter.params()).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static FacetGroup enumGroup(String title, String param, String prefix, List<String> values,
                                        Map<String, Long> counts, List<String> selected) {
        return new FacetGroup(title, param, values.stream().map(v -> new FacetGroup.Option(v, prefix + v, null,
                counts.getOrDefault(v, 0L), selected.contains(v))).toList());
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
