package org.socialvaluehub.demo.spend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.organisations.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo partnership's spend goes in through the real import, quirks and all, so the dashboards are alive. */
@HubTest
class DemoSpendTest {

    @Autowired
    DemoSpend demo;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoFileHasTheQuirksOfAPublishedOne() throws Exception {
        Path file = DemoSpendFile.write(
                "Quirky Council",
                List.of(new DemoSpendFile.Payee("Amber Catering Ltd", "01234567", "Catering")),
                400,
                2025,
                7);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text)
                    .startsWith("Quirky Council,,,,,,\r\nPayments over £500 2025/26")
                    .contains("\r\n,,,,,,\r\n")
                    .contains("\"£")
                    .contains("(")
                    .contains("Redacted personal data")
                    .contains("AMBER CATERING LTD")
                    .contains("Amber Catering Limited")
                    .containsPattern("\\d{2}/\\d{2}/\\d{4},")
                    .containsPattern("\\d{2}-[A-Z][a-z]{2}-\\d{2},");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void eachDemoBuyerGetsAYearOfMessySpendThroughTheRealImport() {
        long first = people.organisation(OrganisationKind.BUYER, "Demo Spend Council");
        long second = people.organisation(OrganisationKind.BUYER, "Demo Spend University");
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Demo Spend Catering Ltd");

        demo.load(new DemoPartnershipLoaded(List.of(first, second), List.of(supplier)));

        for (long buyer : List.of(first, second)) {
            Map<String, Object> imported =
                    jdbc.sql("""
                    select rows_read, rows_accepted, rows_added, rows_redacted, added_pence from spend_import
                    where buyer_id = :b""").param("b", buyer).query().singleRow();
            assertThat((Long) imported.get("rows_read")).isEqualTo(DemoSpend.ROWS_PER_BUYER);
            assertThat((Long) imported.get("rows_accepted")).isEqualTo((Long) imported.get("rows_added"));
            assertThat((Long) imported.get("rows_redacted")).isPositive();
            long lines = jdbc.sql("select coalesce(sum(amount_pence), 0) from spend_line where buyer_id = :b")
                    .param("b", buyer)
                    .query(Long.class)
                    .single();
            assertThat(lines).isEqualTo((Long) imported.get("added_pence")).isPositive();

            long months = jdbc.sql("""
                    select count(distinct date_trunc('month', payment_date)) from spend_line where buyer_id = :b
                    """).param("b", buyer).query(Long.class).single();
            assertThat(months).isGreaterThanOrEqualTo(12);
        }
    }
}
