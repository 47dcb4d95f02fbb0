package org.socialvaluehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The error page the server forwards every error to: the app's page, or problem details, and never internals. */
@HubTest
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aFailureIsTheAppsPageForABrowserAndProblemDetailsForTheApiWithoutInternals() throws Exception {
        IllegalStateException failure = new IllegalStateException("secret SQL select * from app_user");
        MockHttpServletResponse page = mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/directory"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(500);
        assertThat(Jsoup.parse(page.getContentAsString()).select("h1").text())
                .isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.getContentAsString()).doesNotContain("secret", "IllegalStateException", "Whitelabel");

        MockHttpServletResponse api = mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/organisations"))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(500);
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
        assertThat(api.getContentAsString())
                .contains("\"status\":500", "\"instance\":\"/api/v1/organisations\"")
                .doesNotContain("secret", "IllegalStateException", "trace");

        MockHttpServletResponse json = mvc.perform(get("/error")
                        .accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere"))
                .andReturn()
                .getResponse();
        assertThat(json.getStatus()).isEqualTo(404);
        assertThat(json.getContentType()).isEqualTo("application/problem+json");
        assertThat(json.getContentAsString()).contains("\"title\":\"Not Found\"");
    }
}
