package org.socialvaluehub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;

class PublicAddressTest {

    @Test
    void aConfiguredAddressIsUsedWithoutItsTrailingSlash() {
        PublicAddress address = new PublicAddress("https://hub.council.example/ ", 8080);

        assertThat(address.isConfigured()).isTrue();
        assertThat(address.link("/opportunities/12")).isEqualTo("https://hub.council.example/opportunities/12");
        assertThat(address.link("events/3")).isEqualTo("https://hub.council.example/events/3");
    }

    @Test
    void withoutASettingLinksPointAtThePortTheServerReallyListensOn() {
        PublicAddress address = new PublicAddress("", 0);
        assertThat(address.isConfigured()).isFalse();
        assertThat(address.url()).isEqualTo("http://localhost:8080");

        address.onApplicationEvent(startedOn(51234));

        assertThat(address.link("/password-reset")).isEqualTo("http://localhost:51234/password-reset");
    }

    @Test
    void aConfiguredAddressIsNotReplacedByTheLocalPort() {
        PublicAddress address = new PublicAddress("https://hub.council.example", 8080);

        address.onApplicationEvent(startedOn(51234));

        assertThat(address.url()).isEqualTo("https://hub.council.example");
    }

    private static WebServerInitializedEvent startedOn(int port) {
        WebServer server = new WebServer() {
            @Override
            public void start() {}

            @Override
            public void stop() {}

            @Override
            public int getPort() {
                return port;
            }
        };
        return new WebServerInitializedEvent(server) {
            @Override
            public WebServerApplicationContext getApplicationContext() {
                return null;
            }
        };
    }
}
