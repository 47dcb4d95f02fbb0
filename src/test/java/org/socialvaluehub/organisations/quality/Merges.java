package org.socialvaluehub.organisations.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.socialvaluehub.organisations.OrganisationsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test fixture: merges two organisations, and waits until every module has moved its rows (the listeners run after
 * the merge commits), checking that none of them failed.
 */
@Component
public class Merges {

    private static final String PUBLICATIONS = """
            select count(*) from event_publication
            where event_type = :type and serialized_event ~ ('"mergedId": *' || :merged || '(\\D|$)')""";
    private static final String INCOMPLETE = " and completion_date is null";

    private final Merger merger;
    private final JdbcClient jdbc;

    Merges(Merger merger, JdbcClient jdbc) {
        this.merger = merger;
        this.jdbc = jdbc;
    }

    /** Merges {@code merged} into {@code survivor} as a coordinator would, and waits for the modules to follow. */
    public void merge(long survivor, long merged) {
        merger.merge(survivor, merged, "Test Coordinator");
        awaitModules(merged);
    }

    /** Waits until every module has handled the merge of {@code merged}, and checks that none failed. */
    public void awaitModules(long merged) {
        assertThat(organisations(merged)).as("merged organisation gone").isZero();
        awaitPublications(merged);
    }

    /** Waits until no publication of a merge of {@code merged} is still to run, and checks that none failed. */
    void awaitPublications(long merged) {
        assertThat(publications(merged, "")).as("publications of the merge").isPositive();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> publications(merged, INCOMPLETE + " and (status is null or status <> 'FAILED')") == 0);
        assertThat(publications(merged, INCOMPLETE)).as("listeners that failed").isZero();
    }

    private long publications(long merged, String condition) {
        return jdbc.sql(PUBLICATIONS + condition)
                .param("type", OrganisationsMerged.class.getName())
                .param("merged", merged)
                .query(Long.class)
                .single();
    }

    private long organisations(long id) {
        return jdbc.sql("select count(*) from org_organisation where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
