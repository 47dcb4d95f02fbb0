package org.socialvaluehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On a real server, every refusal is the app's own page for a browser and problem details for the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerErrorPagesTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyRefusalIsTheAppsOwnPageOrProblemDetailsNeverTheServers() throws Exception {
        HttpResponse<String> traversal = get("/resources/..%2f..%2fetc%2fpasswd", BROWSER);
        assertThat(traversal.statusCode()).isEqualTo(400);
        assertThat(traversal.body())
                .contains("Sorry, we cannot use what was sent", "Social Value Hub")
                .doesNotContain("Tomcat", "HTTP Status", "root:");

        HttpResponse<String> missing = get("/no-such-page-" + System.nanoTime(), BROWSER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContain("Whitelabel", "Tomcat");

        HttpResponse<String> api = get("/api/v1/organisations/999999999999", "application/json");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.body()).contains("\"status\":404").doesNotContain("trace", "exception", "Exception");

        HttpResponse<String> apiTraversal = get("/api/v1/..%2f..%2fetc%2fpasswd", "application/json");
        assertThat(apiTraversal.statusCode()).isEqualTo(400);
        assertThat(apiTraversal.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        String undecodable =
                raw("GET /directory/%zz HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(undecodable)
                .startsWith("HTTP/1.1 400")
                .contains("Sorry, we cannot use what was sent")
                .doesNotContain("Tomcat", "HTTP Status 400");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
