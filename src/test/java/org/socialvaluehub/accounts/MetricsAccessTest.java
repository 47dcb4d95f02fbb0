package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class MetricsAccessTest {

    @Autowired
    MockMvc mvc;

    @Test
    void metricsNeedTheScrapeTokenOrAMonitoringNetworkWhileHealthStaysPublicWithStatusOnly() throws Exception {
        var anonymous = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentAsString()).doesNotContain("jvm_memory_used_bytes");
        assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);

        assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer test-scrape-token"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("jvm_memory_used_bytes");
        assertThat(mvc.perform(get("/actuator/prometheus").with(Clients.from("198.51.100.7")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("jvm_memory_used_bytes");

        String health =
                mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
        assertThat(health).contains("\"status\":\"UP\"").doesNotContain("components", "details", "diskSpace", "db");
    }
}
