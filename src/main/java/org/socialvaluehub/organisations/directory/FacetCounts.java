package org.socialvaluehub.organisations.directory;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialvaluehub.organisations.directory.SearchFilter.Facet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts a search's results and every facet's options in one statement: the matching suppliers are
 * read once, each with a flag per chosen facet, and each facet is counted over the rows that meet
 * every other facet's choice (so ticking another box shows what it would give).
 */
record FacetCounts(long total, Map<Facet, Map<String, Long>> counts) {

    private static final List<Facet> FACETS =
            List.of(Facet.LEGAL_FORM, Facet.SIZE, Facet.LOCALITY, Facet.CPV, Facet.CREDENTIAL, Facet.VERIFIED);

    static FacetCounts of(JdbcClient jdbc, SearchFilter.Parts parts) {
        StringBuilder sql =
                new StringBuilder("with base as materialized (select o.id, o.legal_form, o.size_band, o.locality");
        for (Facet facet : FACETS) {
            sql.append(", (").append(parts.condition(facet)).append(") as ").append(flag(facet));
        }
        sql.append(" from org_organisation o where ")
                .append(String.join(" and ", parts.base()))
                .append(")\n")
                .append("select 'NONE', null, count(*) from base b where ")
                .append(allBut(null))
                .append('\n')
                .append(grouped(Facet.LEGAL_FORM, "b.legal_form", "count(*)", ""))
                .append(grouped(Facet.SIZE, "b.size_band", "count(*)", ""))
                .append(grouped(Facet.LOCALITY, "b.locality", "count(*)", ""))
                .append(grouped(
                        Facet.CPV,
                        "substr(c.code, 1, 2)",
                        "count(distinct b.id)",
                        " join org_cpv c on c.organisation_id = b.id"))
                .append(grouped(
                        Facet.CREDENTIAL,
                        "k.type_code",
                        "count(distinct b.id)",
                        " join org_credential k on k.organisation_id = b.id and k.status in (:credentialStatuses)"))
                .append("union all select 'VERIFIED', 'true', count(*) from base b where ")
                .append(allBut(Facet.VERIFIED))
                .append(" and exists (select 1 from org_credential v where v.organisation_id = b.id and v.status ="
                        + " 'VERIFIED')");
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        long[] total = {0};
        jdbc.sql(sql.toString()).params(parts.params()).query(rs -> {
            Facet facet = Facet.valueOf(rs.getString(1));
            if (facet == Facet.NONE) {
                total[0] = rs.getLong(3);
            } else {
                counts.computeIfAbsent(facet, f -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
            }
        });
        return new FacetCounts(total[0], counts);
    }

    Map<String, Long> of(Facet facet) {
        return counts.getOrDefault(facet, Map.of());
    }

    private static String grouped(Facet facet, String key, String count, String join) {
        return "union all select '" + facet.name() + "', " + key + ", " + count + " from base b" + join + " where "
                + allBut(facet) + " group by 2\n";
    }

    private static String allBut(Facet left) {
        return String.join(
                " and ",
                FACETS.stream().filter(f -> f != left).map(FacetCounts::flag).toList());
    }

    private static String flag(Facet facet) {
        return "m_" + facet.name().toLowerCase(Locale.ROOT);
    }
}
