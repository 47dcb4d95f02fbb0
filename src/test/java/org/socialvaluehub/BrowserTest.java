package org.socialvaluehub;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A browser journey: the whole app on a random port with real SMTP into GreenMail, driven by
 * Playwright in Debian's Chromium, with an axe-core WCAG 2.2 AA check and a screenshot of every
 * page the journey reaches (under {@code target/screenshots}). Without Chromium the journeys skip
 * with a message, except under CI ({@code CI=true}), where a missing browser fails the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /**
     * One SMTP server for every journey in this JVM, on a free port (a fixed port clashes with
     * anything else on the machine), so all journeys share one application context.
     */
    protected static final GreenMail MAIL = startMailServer();

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    private int shot;

    @DynamicPropertySource
    static void sendMailToGreenMail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    private static GreenMail startMailServer() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Chromium is not installed at " + CHROMIUM + ": browser journeys need it"
                    + " (apt-get install -y chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message + "; skipping.");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /**
     * Signs in through the form as a fresh visitor and waits until their home page shows, so the
     * next navigation cannot cut the sign-in short.
     */
    protected void signIn(String email) {
        page.navigate("about:blank"); // nothing the last page still fetches can set a cookie after this
        context.clearCookies();
        open("/sign-in");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(org.socialvaluehub.accounts.People.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("h1"))
                .hasText("What waits for you");
    }

    /** Signs out and waits for the answer, so its cleared cookies cannot land on the next page. */
    protected void signOut() {
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
                .containsText("You have signed out.");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        page.navigate(url(path));
    }

    /** Checks the page against WCAG 2.2 AA with axe-core (no serious or critical violations) and saves a screenshot. */
    protected void checkPage(String name) {
        screenshot(name);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe)
                .toList();
        assertThat(serious)
                .as("serious or critical WCAG 2.2 AA violations on " + name + " (" + page.url() + ")")
                .isEmpty();
    }

    protected void screenshot(String name) {
        Path file = Path.of(
                "target", "screenshots", getClass().getSimpleName(), String.format("%02d-%s.png", ++shot, name));
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    /** The path of the first link in the newest e-mail GreenMail received for the address. */
    protected String linkInLatestMailTo(String recipient) throws Exception {
        MimeMessage[] received = new MimeMessage[0];
        for (int tries = 0; tries < 50 && received.length == 0; tries++) {
            received = MAIL.getReceivedMessagesForDomain(recipient);
            if (received.length == 0) {
                Thread.sleep(100);
            }
        }
        assertThat(received).as("e-mail to " + recipient).isNotEmpty();
        String body = String.valueOf(received[received.length - 1].getContent());
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a link in the e-mail to " + recipient).isTrue();
        return link.group().replaceFirst("^https?://[^/]+", "");
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + Arrays.toString(rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .limit(3)
                        .toArray());
    }
}
