package org.socialvaluehub.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.socialvaluehub.accounts.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Test fixture: a coordinator merges two organisations, and the test waits until every module has moved its rows
 * (the listeners run after the merge commits) and checks that none of them failed.
 */
@Component
public class Merges {

    private static final String PUBLICATIONS = """
            select count(*) from event_publication
            where event_type = :type and serialized_event ~ ('"mergedId": *' || :merged || '(\\D|$)')""";
    private static final String INCOMPLETE = " and completion_date is null";

    private final MockMvc mvc;
    private final People people;
    private final JdbcClient jdbc;

    Merges(MockMvc mvc, People people, JdbcClient jdbc) {
        this.mvc = mvc;
        this.people = people;
        this.jdbc = jdbc;
    }

    /** Merges {@code merged} into {@code survivor} as a coordinator would, and waits for the modules to follow. */
    public void merge(long survivor, long merged) throws Exception {
        mvc.perform(post("/coordinator/duplicates/merge").param("first", String.valueOf(survivor))
                .param("second", String.valueOf(merged)).param("survivor", String.valueOf(survivor))
                .with(csrf()).with(people.signedIn(people.coordinator())));
        assertThat(organisations(merged)).as("merged organisation gone").isZero();
        assertThat(publications(merged, "")).as("publications of the merge").isPositive();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> publications(merged, INCOMPLETE + " and (status is null or status <> 'FAILED')") == 0);
        assertThat(publications(merged, INCOMPLETE)).as("listeners that failed").isZero();
    }

    private long publications(long merged, String condition) {
        return jdbc.sql(PUBLICATIONS + condition).param("type", OrganisationsMerged.class.getName()).param("merged", merged)
                .query(Long.class).single();
    }

    private long organisations(long id) {
        return jdbc.sql("select count(*) from org_organisation where id = :id").param("id", id).query(Long.class).single();
    }
}
