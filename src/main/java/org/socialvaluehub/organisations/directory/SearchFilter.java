package org.socialvaluehub.organisations.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The SQL condition of a directory search over {@code org_organisation o}, with its parameters. Each
 * facet's counts leave out that facet's own choice, so people see what ticking another box would give.
 */
record SearchFilter(String where, Map<String, Object> params) {

    enum Facet {
        LEGAL_FORM,
        SIZE,
        LOCALITY,
        CPV,
        CREDENTIAL,
        VERIFIED,
        NONE
    }

    private static final Set<String> LEGAL_FORMS =
            Set.of("COMPANY", "CIC", "CHARITY", "CIO", "COOPERATIVE", "SOLE_TRADER", "PARTNERSHIP", "PUBLIC_BODY");
    private static final Set<String> SIZES = Set.of("MICRO", "SMALL", "MEDIUM", "LARGE");
    private static final Set<String> LOCALITIES = Set.of("INSIDE", "NEIGHBOURING", "OUTSIDE");

    static SearchFilter of(DirectoryQuery query, Facet without) {
        Parts parts = Parts.of(query);
        List<String> conditions = new ArrayList<>(parts.base());
        parts.facets().forEach((facet, condition) -> {
            if (facet != without) {
                conditions.add(condition);
            }
        });
        return new SearchFilter(String.join(" and ", conditions), parts.params());
    }

    /**
     * A search's conditions taken apart: those every count shares (supplier, words, district) and one
     * per facet the person has chosen, so all facet counts can come from one statement.
     */
    record Parts(List<String> base, Map<Facet, String> facets, Map<String, Object> params) {

        static Parts of(DirectoryQuery query) {
            List<String> base = new ArrayList<>(List.of("o.kind = 'SUPPLIER'", "o.listed"));
            Map<Facet, String> facets = new EnumMap<>(Facet.class);
            Map<String, Object> params = new LinkedHashMap<>();
            if (!query.seenByPartners()) {
                base.add("o.listing = 'PUBLIC'");
            }
            if (query.hasWords()) {
                base.add("o.search_vector @@ websearch_to_tsquery('english', :q)");
                params.put("q", query.getQ().strip());
            }
            in(
                    facets,
                    params,
                    Facet.LEGAL_FORM,
                    "o.legal_form",
                    "legalForms",
                    query.getLegalForm(),
                    LEGAL_FORMS::contains);
            in(facets, params, Facet.SIZE, "o.size_band", "sizes", query.getSize(), SIZES::contains);
            in(facets, params, Facet.LOCALITY, "o.locality", "localities", query.getLocality(), LOCALITIES::contains);
            List<String> divisions = clean(query.getCpv(), v -> v.matches("[0-9]{2}"));
            if (!divisions.isEmpty()) {
                facets.put(
                        Facet.CPV,
                        "exists (select 1 from org_cpv c where c.organisation_id = o.id"
                                + " and substr(c.code, 1, 2) in (:divisions))");
                params.put("divisions", divisions);
            }
            List<String> credentials = clean(query.getCredential(), v -> v.matches("[A-Z0-9_]{1,80}"));
            if (!credentials.isEmpty()) {
                facets.put(
                        Facet.CREDENTIAL,
                        "exists (select 1 from org_credential k where k.organisation_id = o.id"
                                + " and k.type_code in (:credentials) and k.status in (:credentialStatuses))");
                params.put("credentials", credentials);
            }
            params.put("credentialStatuses", query.isVerified() ? List.of("VERIFIED") : List.of("VERIFIED", "CLAIMED"));
            if (query.isVerified()) {
                facets.put(Facet.VERIFIED, VERIFIED);
            }
            if (query.getDistrict() != null && query.getDistrict().matches("[A-Z]{1,2}[0-9][0-9A-Z]?")) {
                base.add("o.postcode_district = :district");
                params.put("district", query.getDistrict());
            }
            return new Parts(base, facets, params);
        }

        /** The facet's condition, or {@code true} when the person has not chosen anything in it. */
        String condition(Facet facet) {
            return facets.getOrDefault(facet, "true");
        }
    }

    static final String VERIFIED =
            "exists (select 1 from org_credential v where v.organisation_id = o.id and v.status = 'VERIFIED')";

    private static void in(
            Map<Facet, String> facets,
            Map<String, Object> params,
            Facet facet,
            String column,
            String name,
            List<String> values,
            Predicate<String> allowed) {
        List<String> chosen = clean(values, allowed);
        if (!chosen.isEmpty()) {
            facets.put(facet, column + " in (:" + name + ")");
            params.put(name, chosen);
        }
    }

    private static List<String> clean(List<String> values, Predicate<String> allowed) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && allowed.test(v))
                        .distinct()
                        .limit(50)
                        .toList();
    }
}
