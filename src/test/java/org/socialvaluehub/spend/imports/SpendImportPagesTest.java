package org.socialvaluehub.spend.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
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
}
