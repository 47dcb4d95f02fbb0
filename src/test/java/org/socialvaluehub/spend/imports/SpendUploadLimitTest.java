package org.socialvaluehub.spend.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.FilterChain;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

@HubTest
class SpendUploadLimitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSpendFileRefusedByTheServerWhileSecurityReadsItGoesBackToTheUploadForm() throws Exception {
        var request = new MockHttpServletRequest("POST", "/spend/import");
        var response = new MockHttpServletResponse();
        // What Tomcat 11 throws from getParameter when the multipart body is over the limit.
        FilterChain refusing = (req, res) -> {
            throw new IllegalStateException(
                    "The multi-part request contained parameter data (excluding uploaded "
                            + "files) that exceeded the limit",
                    new IllegalStateException("the request was rejected because its "
                            + "size (5000) exceeds the configured maximum (2048)"));
        };

        new SpendUploadLimit().doFilter(request, response, refusing);

        assertThat(response.getRedirectedUrl()).isEqualTo("/spend/import?tooLarge=true");
    }

    @Test
    void aSpendFileOverTheLimitSeenBySpringGoesBackToTheUploadForm() {
        var request = new MockHttpServletRequest("POST", "/spend/import");

        assertThat(new SpendUploadLimitAdvice().tooLarge(new MaxUploadSizeExceededException(200), request))
                .isEqualTo("redirect:/spend/import?tooLarge=true");
    }

    @Test
    void uploadsElsewhereKeepTheDefaultHandling() {
        var request = new MockHttpServletRequest("POST", "/directory/organisations/1/credentials");
        var tooLarge = new MaxUploadSizeExceededException(200);

        assertThatThrownBy(() -> new SpendUploadLimitAdvice().tooLarge(tooLarge, request))
                .isSameAs(tooLarge);
        assertThat(new SpendUploadLimit().shouldNotFilter(request)).isTrue();
        assertThat(SpendUploadLimit.tooLarge(new IllegalStateException("something else")))
                .isFalse();
    }

    @Test
    void theUploadFormSaysTheFileWasTooLargeAndNothingWasStored() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Big File Council");
        String email = people.person("big-file-buyer", buyer, Role.BUYER);

        var page = Jsoup.parse(mvc.perform(get("/spend/import?tooLarge=true").with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select(".govuk-error-summary").text()).contains("The file must be smaller than 200 MB");
        assertThat(jdbc.sql("select count(*) from spend_upload where buyer_id = :b")
                        .param("b", buyer)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
