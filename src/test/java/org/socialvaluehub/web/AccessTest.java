package org.socialvaluehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route as anonymous, supplier, buyer, organisation admin, coordinator (holding every partnership-team
 * role) and coordinators holding only one role (directory, reporting, platform), and checks who gets what, from the
 * rules in {@code src/test/resources/access/*.csv}; a route without a rule fails. A rule may leave out the three
 * one-role columns when each of them gets what the full coordinator gets.
 * A refused answer must not contain the name of an organisation the person does not belong to.
 */
@HubTest
class AccessTest {

    private static final List<String> ROLES =
            List.of("anonymous", "supplier", "buyer", "orgadmin", "coordinator", "directory", "reporting", "platform");

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, String> emails = new LinkedHashMap<>();
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final Map<String, String> organisationNames = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Access Supplier");
        long buyer = people.organisation(OrganisationKind.BUYER, "Access Buyer");
        long other = people.organisation(OrganisationKind.SUPPLIER, "Access Other");
        placeholders.put("{supplier}", String.valueOf(supplier));
        placeholders.put("{buyer}", String.valueOf(buyer));
        placeholders.put("{other}", String.valueOf(other));
        emails.put("supplier", people.person("access-supplier", supplier, Role.SUPPLIER, Role.ORG_ADMIN));
        emails.put("buyer", people.person("access-buyer", buyer, Role.BUYER));
        emails.put("orgadmin", people.person("access-admin", buyer, Role.ORG_ADMIN, Role.BUYER));
        emails.put("coordinator", people.coordinator());
        emails.put("directory", people.coordinator(CoordinatorRole.DIRECTORY));
        emails.put("reporting", people.coordinator(CoordinatorRole.REPORTING));
        emails.put("platform", people.coordinator(CoordinatorRole.PLATFORM));
    }

    @Test
    void everyRouteAnswersEachRoleAsTheRulesSay() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Rule rule : rules()) {
            String url = rule.example();
            for (var p : placeholders.entrySet()) {
                url = url.replace(p.getKey(), p.getValue());
            }
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                MockHttpServletResponse response = perform(rule.method(), url, role);
                String outcome = outcome(response);
                if (!outcome.equals(rule.expected().get(i))) {
                    failures.add(rule.method() + " " + url + " as " + role + ": expected "
                            + rule.expected().get(i) + " but was " + outcome + " (" + response.getStatus() + " "
                            + response.getRedirectedUrl() + ")");
                }
                if (response.getStatus() == 403 && response.getContentAsString().contains("Access Other")) {
                    failures.add(rule.method() + " " + url + " as " + role
                            + ": a refused page shows another organisation’s data");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyRouteHasAnAccessRule() throws IOException {
        Set<String> covered = new TreeSet<>();
        rules().forEach(rule -> covered.add(rule.method() + " " + rule.pattern()));
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error") || pattern.startsWith("/actuator")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (!covered.contains(method.name() + " " + pattern)) {
                        missing.add(method.name() + " " + pattern);
                    }
                }
            }
        });
        assertThat(missing)
                .as("routes without a rule in src/test/resources/access")
                .isEmpty();
    }

    private MockHttpServletResponse perform(String method, String url, String role) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), url);
        if (method.equals("POST")) {
            request = request.with(csrf());
        }
        if (!role.equals("anonymous")) {
            request = request.with(people.signedIn(emails.get(role)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        if (status / 100 == 3 && redirect != null && redirect.contains("/sign-in") && !redirect.contains("?")) {
            return "signin";
        }
        if (status / 100 == 2 || status / 100 == 3) {
            return "ok";
        }
        return String.valueOf(status);
    }

    /** One line of an access rules file. */
    record Rule(String method, String pattern, String example, List<String> expected) {}

    static List<Rule> rules() throws IOException {
        List<Rule> rules = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/access"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>(List.of(line.split(",")));
                    if (cells.size() == 8) {
                        cells.addAll(List.of(cells.get(7), cells.get(7), cells.get(7)));
                    }
                    rules.add(new Rule(cells.get(0), cells.get(1), cells.get(2), List.copyOf(cells.subList(3, 11))));
                }
            }
        }
        return rules;
    }
}
