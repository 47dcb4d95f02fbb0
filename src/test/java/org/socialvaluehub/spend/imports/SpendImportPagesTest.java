package org.socialvaluehub.spend.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.spend.SpendTestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class SpendImportPagesTest {

    private static final byte[] MAY = """
        Date,Supplier Name,Amount
        01/05/2024,Acme Ltd,10.00
        someday,Acme Ltd,7.00
        02/05/2024,Acme Ltd,10.00
        Total,,27.00
        """.getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    private SpendUploadFlow buyer(String name) {
        long buyer = people.organisation(OrganisationKind.BUYER, name + " Council");
        return new SpendUploadFlow(mvc, people, buyer, people.person(name.toLowerCase() + "-buyer", buyer, Role.BUYER));
    }

    private String imported(SpendUploadFlow flow, String fileName, byte[] content) throws Exception {
        String preview = flow.confirmMapping(flow.upload(fileName, content));
        return flow.startImport(SpendUploadFlow.uploadPath(preview));
    }

    @Test
    void theImportPageReconcilesRowsAndMoneyAndNamesTheImportRepeatsCameFrom() throws Exception {
        var flow = buyer("Reconciled");
        imported(flow, "may.csv", MAY);

        var page = flow.page(imported(flow, "may-again.csv", MAY));

        assertThat(page.select("#reconciliation").text())
                .contains("Rows in the file 4")
                .contains("Rejected (not imported) 2 £7.00")
                .contains("Accepted 2 £20.00")
                .contains("Already imported (skipped) 2 £20.00")
                .contains("Added 0 £0.00");
        assertThat(page.select("#balance").text())
                .isEqualTo("The accepted £20.00 is the £0.00 added plus the £20.00 already imported, to the penny.");
        assertThat(page.select("#file-total").text()).contains("says £27.00", "by £7.00", "hold £7.00");
        assertThat(page.select("#earlier-imports").text()).contains("may.csv", "2 rows, £20.00");
        assertThat(page.select("#rejections").text()).contains("The date “someday” is not a date");
    }

    @Test
    void lambethsColumnsAreNotAppliedToHyndburnsFileWhoseHeadingsDiffer() throws Exception {
        var flow = buyer("Lambeth Then Hyndburn");
        String lambethPreview = flow.confirmMapping(
                flow.upload("lambeth.csv", Files.readAllBytes(SpendTestFiles.sample("real/lambeth-2012-06.csv"))));
        flow.startImport(SpendUploadFlow.uploadPath(lambethPreview));

        String hyndburn =
                flow.upload("hyndburn.csv", Files.readAllBytes(SpendTestFiles.sample("real/hyndburn-2019-08.csv")));
        var mapping = flow.page(hyndburn);

        assertThat(mapping.select("#headed-afresh").text()).contains("worked out its columns afresh");
        assertThat(mapping.select("select#column7 option[selected]").attr("value"))
                .isEqualTo("amount");
        assertThat(mapping.select("select#column5 option[selected]").attr("value"))
                .isEqualTo("supplierName");
        var preview = flow.page(flow.confirmMapping(hyndburn));
        assertThat(preview.select("#import-refused")).isEmpty();
        assertThat(preview.text()).contains("EPCOLLEGE", "Accepted");
    }

    @Test
    void aFileWhoseRowsWouldAllBeRejectedIsRefusedWithTheMappingStepOfferedAndAddsNothing() throws Exception {
        var flow = buyer("All Rejected");
        String mapping = flow.upload("may.csv", MAY);
        String preview = mvc.perform(post(mapping)
                        .param("column1", "supplierName")
                        .param("column2", "amount")
                        .param("column3", "date")
                        .with(csrf())
                        .with(people.signedIn(flow.email())))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        var page = flow.page(preview);
        assertThat(page.select("#import-refused").text())
                .contains("4 of the file’s 4 rows would be rejected", "at most 50%");
        assertThat(page.select("#import-refused a").attr("href")).endsWith("/mapping");
        assertThat(page.select("form button.govuk-button")).isEmpty();

        var status = flow.page(flow.startImport(SpendUploadFlow.uploadPath(preview)));
        assertThat(status.text()).contains("So many rows would be rejected", "Nothing was imported");
        assertThat(lines(flow.buyer())).isZero();
    }

    @Test
    void aFileWhoseHeadingsMatchNothingIsRefusedAndAddsNothing() throws Exception {
        var flow = buyer("Nothing Matches");
        String mapping = flow.upload("odd.csv", """
            Colour,Shape,Feeling
            red,round,happy
            blue,square,calm
            """.getBytes(StandardCharsets.UTF_8));

        assertThat(flow.page(mapping).text()).contains("This file cannot be imported.");
        var status = flow.page(flow.startImport(SpendUploadFlow.uploadPath(mapping)));
        assertThat(status.text()).contains("The file was not imported").doesNotContain("Exception");
        assertThat(lines(flow.buyer())).isZero();
    }

    @Test
    void aSecondImportWhileOneRunsForTheSameBuyerIsRefusedAndTheFileIsKept() throws Exception {
        var flow = buyer("Busy");
        String first = SpendUploadFlow.uploadPath(flow.upload("first.csv", MAY));
        String second = SpendUploadFlow.uploadPath(flow.upload("second.csv", MAY));
        jdbc.sql("update spend_upload set status = 'RUNNING' where id = :id")
                .param("id", Long.parseLong(first.substring(first.lastIndexOf('/') + 1)))
                .update();

        var posted = mvc.perform(post(second + "/import").with(csrf()).with(people.signedIn(flow.email())))
                .andReturn();

        String where = posted.getResponse().getRedirectedUrl();
        assertThat(where).endsWith("/preview?busy=true");
        var page = Jsoup.parse(mvc.perform(get(where).with(people.signedIn(flow.email())))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#import-refused").text()).as(page.text()).contains("Another file is being imported");
        assertThat(jdbc.sql("select status from spend_upload where id = :id")
                        .param("id", Long.parseLong(second.substring(second.lastIndexOf('/') + 1)))
                        .query(String.class)
                        .single())
                .isEqualTo("UPLOADED");
        assertThat(lines(flow.buyer())).isZero();
    }

    private long lines(long buyer) {
        return jdbc.sql("select count(*) from spend_line where buyer_id = :b")
                .param("b", buyer)
                .query(Long.class)
                .single();
    }
}
