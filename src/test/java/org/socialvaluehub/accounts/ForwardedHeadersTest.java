package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forwarded headers through the real Tomcat: believed from the trusted proxy (127.0.0.2 in the test
 * settings), ignored from anyone else, here 127.0.0.1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void aForgedForwardedHostFromAnUntrustedClientDoesNotChangeARedirect() throws IOException {
        String answer =
                request("127.0.0.1", "/account", "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n");
        assertThat(answer)
                .startsWith("HTTP/1.1 302")
                .containsIgnoringCase("Location:")
                .doesNotContain("evil.example")
                .doesNotContainIgnoringCase("Strict-Transport-Security");
    }

    @Test
    void forwardedHeadersFromTheTrustedProxyAreBelieved() throws IOException {
        String answer = request("127.0.0.2", "/", "X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Proto: https\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200").containsIgnoringCase("Strict-Transport-Security");
    }

    private String request(String from, String path, String headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + headers
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            String text = out.toString(StandardCharsets.UTF_8);
            return text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
        }
    }
}
