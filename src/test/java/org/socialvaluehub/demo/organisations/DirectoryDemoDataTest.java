package org.socialvaluehub.demo.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo suppliers get profiles a visitor can search: categories, offers, sites and credentials in every state. */
@HubTest
class DirectoryDemoDataTest {

    @Autowired
    DirectoryDemoData demo;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoSuppliersHaveCategoriesOffersAndVerifiedClaimedAndExpiredCredentials() {
        List<Long> suppliers = new ArrayList<>();
        String[] trades = {"Catering", "Cleaning", "Printing", "Landscapes", "Transport"};
        for (int i = 0; i < 60; i++) {
            suppliers.add(people.organisation(OrganisationKind.SUPPLIER, "Demo " + trades[i % trades.length] + " Ltd"));
        }

        demo.fill(suppliers, 2026);

        assertThat(count(
                        "select count(distinct organisation_id) from org_cpv where organisation_id in (:ids)",
                        suppliers))
                .isEqualTo(suppliers.size());
        assertThat(count(
                        "select count(*) from org_organisation where id in (:ids) and social_value_offer is not null"
                                + " and website like 'https://%.example'",
                        suppliers))
                .isEqualTo(suppliers.size());
        assertThat(count(
                        "select count(distinct organisation_id) from org_site where organisation_id in (:ids)",
                        suppliers))
                .isPositive();
        assertThat(jdbc.sql("select distinct status from org_credential where organisation_id in (:ids)")
                        .param("ids", suppliers)
                        .query(String.class)
                        .list())
                .contains("VERIFIED", "CLAIMED", "EXPIRED");
        assertThat(count(
                        "select count(*) from org_credential where organisation_id in (:ids) and status = 'VERIFIED'"
                                + " and (verified_by is null or verified_at is null)",
                        suppliers))
                .isZero();
    }

    private long count(String sql, List<Long> ids) {
        return jdbc.sql(sql).param("ids", ids).query(Long.class).single();
    }
}
