package org.socialvaluehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialvaluehub.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With no public address set, links point at the port this server really listens on, not a fixed 8080. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicAddressOnServerTest {

    @LocalServerPort
    int port;

    @Autowired
    PublicAddress address;

    @Test
    void linksUseTheRunningServersPortWhenNoAddressIsSet() {
        assertThat(port).isNotEqualTo(8080);
        assertThat(address.link("/opportunities")).isEqualTo("http://localhost:" + port + "/opportunities");
    }
}
