package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Form tokens over real HTTP: MockMvc's csrf() helper swaps the app's token store for its own, so
 * where the token lives can only be seen through the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aFormTokenCookiePlantedFromAnotherSessionIsRefusedOnceSignedIn() throws Exception {
        String email = people.person("planted", null);
        HttpResponse<String> form =
                http.send(HttpRequest.newBuilder(uri("/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        String csrfCookie = cookie(form, "SVH_CSRF");
        String token = Jsoup.parse(form.body()).select("input[name=_csrf]").val();
        HttpResponse<String> signedIn = post(
                "/sign-in",
                "SVH_CSRF=" + csrfCookie,
                "email=" + encode(email) + "&password=" + encode(People.PASSWORD) + "&_csrf=" + encode(token));
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
        String session = "SVH_SESSION=" + cookie(signedIn, "SVH_SESSION");

        String planted = "attacker-chosen-token-value";
        HttpResponse<String> refused =
                post("/sign-out", session + "; SVH_CSRF=" + planted, "_csrf=" + encode(masked(planted)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("This form has expired");

        HttpResponse<String> account = http.send(
                HttpRequest.newBuilder(uri("/account"))
                        .header("Cookie", session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String own =
                Jsoup.parse(account.body()).select("input[name=_csrf]").first().val();
        HttpResponse<String> signedOut = post("/sign-out", session + "; SVH_CSRF=" + planted, "_csrf=" + encode(own));
        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?signedOut"));
    }

    /**
     * A token as a form carries it (masked with a pad, here all zeros), which anyone can make from a value they chose.
     */
    private static String masked(String token) {
        byte[] value = token.getBytes(StandardCharsets.UTF_8);
        byte[] combined = new byte[value.length * 2];
        System.arraycopy(value, 0, combined, value.length, value.length);
        return Base64.getUrlEncoder().encodeToString(combined);
    }

    private HttpResponse<String> post(String path, String cookies, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Cookie", cookies)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no " + name + " cookie in " + response.headers().map()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
