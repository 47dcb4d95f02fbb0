package org.socialvaluehub.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads many organisations' classification facts in a few set-based statements. */
@Repository
class OrganisationSummaryRepository {

    /** An organisation's own columns. */
    record Row(
            long id,
            String name,
            OrganisationKind kind,
            String district,
            SizeBand sizeBand,
            LegalForm legalForm,
            Integer spendShare,
            Integer wageShare) {}

    private final JdbcClient jdbc;

    OrganisationSummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> organisations(Collection<Long> ids) {
        return jdbc.sql("""
                select id, name, kind, postcode_district, size_band, legal_form, local_spend_share, local_wage_share
                from org_organisation where id = any(:ids)""")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        OrganisationKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        SizeBand.valueOf(rs.getString(5)),
                        LegalForm.valueOf(rs.getString(6)),
                        (Integer) rs.getObject(7),
                        (Integer) rs.getObject(8)))
                .list();
    }

    Map<Long, List<String>> siteDistricts(Collection<Long> ids) {
        return grouped(
                "select organisation_id, postcode_district from org_site where organisation_id = any(:ids)"
                        + " order by id",
                ids);
    }

    Map<Long, List<String>> cpvCodes(Collection<Long> ids) {
        return grouped(
                "select organisation_id, code from org_cpv where organisation_id = any(:ids) order by code", ids);
    }

    /** Credential types held verified and not past their expiry date. */
    Map<Long, List<String>> verifiedCredentialTypes(Collection<Long> ids) {
        return grouped("""
                select distinct organisation_id, type_code from org_credential where organisation_id = any(:ids)
                and status = 'VERIFIED' and (expires_on is null or expires_on >= current_date)""", ids);
    }

    /** Every supplier's name and numbers. */
    List<SupplierIdentity> supplierIdentities() {
        return jdbc.sql("select id, name, company_number, charity_number from org_organisation where kind = 'SUPPLIER'")
                .query((rs, i) ->
                        new SupplierIdentity(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private Map<Long, List<String>> grouped(String sql, Collection<Long> ids) {
        return jdbc
                .sql(sql)
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2).strip()))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
