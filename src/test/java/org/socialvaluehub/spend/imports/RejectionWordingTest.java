package org.socialvaluehub.spend.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.spend.core.RowProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class RejectionWordingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    MessageSource messages;

    @Test
    void everyRejectionCodeIsWordedInTheMessageBundle() {
        for (RowProblem.Code code : RowProblem.Code.values()) {
            RowProblem problem = RowProblem.of(code, "x", "y");
            assertThat(messages.getMessage(problem.messageKey(), problem.argArray(), null, Locale.UK))
                    .as(code.name())
                    .isNotBlank();
        }
    }

    @Test
    void storedReasonsReadBackWithTheirArgumentsAndOldTextStaysReadable() {
        List<RowProblem> problems = List.of(
                RowProblem.of(RowProblem.Code.SHIFTED, 5, 4), RowProblem.of(RowProblem.Code.DATE_NOT_DATE, "a;b"));

        assertThat(RowProblem.decode(RowProblem.encode(problems))).isEqualTo(problems);
        assertThat(RowProblem.decode("date 'x' is not a date"))
                .containsExactly(RowProblem.of(RowProblem.Code.OTHER, "date 'x' is not a date"));
    }

    @Test
    void thePreviewWordsEachRejectionFromTheMessagesWithItsValue() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Wording Council");
        var flow = new SpendUploadFlow(mvc, people, buyer, people.person("wording-buyer", buyer, Role.BUYER));
        String mapping = flow.upload("w.csv", """
            Date,Supplier Name,Amount
            01/05/2024,Acme Ltd,10.00
            someday,Acme Ltd,10.00
            02/05/2024,Acme Ltd,10.00
            """.getBytes(StandardCharsets.UTF_8));

        String preview = flow.confirmMapping(mapping);

        assertThat(flow.page(preview).text()).contains("The date “someday” is not a date");
    }
}
