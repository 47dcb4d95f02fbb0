package org.socialvaluehub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.shared.RetentionSchedule;
import org.socialvaluehub.shared.RetentionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/** The nightly retention job: every module's steps, one schedule, counts in the audit log, the law's minimum. */
@HubTest
class RetentionTest {

    @Autowired
    Retention retention;

    @Autowired
    RetentionSchedule schedule;

    @Autowired
    List<RetentionStep> steps;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCategoryInTheScheduleHasAStepAndEveryStepAPeriod() {
        assertThat(steps.stream().map(RetentionStep::category).toList())
                .containsExactlyInAnyOrderElementsOf(schedule.periods().keySet());
    }

    @Test
    void theNightlyRunRecordsHowManyRecordsEachCategoryLostInTheAuditLog() {
        Map<String, Integer> counts = retention.run();

        assertThat(counts.keySet()).containsAll(schedule.periods().keySet());
        String detail = jdbc.sql("""
                select detail from account_audit_event where event_type = 'RETENTION_APPLIED' order by id desc limit 1
                """).query(String.class).single();
        assertThat(detail).contains("mail-outbox=", "losing-bids=", "audit-ip-addresses=", "spend-uploads=");
    }

    @Test
    void theRetentionJobIsAScheduledTask() {
        assertThat(new RetentionJob().retentionTask(retention).getName()).isEqualTo("retention");
    }

    @Test
    void refusesToKeepBidsShorterThanTheProcurementActRequires() {
        RetentionStep bids = steps.stream()
                .filter(s -> s.category().equals("losing-bids"))
                .findFirst()
                .orElseThrow();
        assertThat(bids.minimum()).isEqualTo(Period.ofYears(3));
        MockEnvironment environment = new MockEnvironment().withProperty("svh.retention.losing-bids", "2y");

        assertThatThrownBy(() -> new RetentionJob().retentionSchedule(environment, List.of(bids)))
                .hasMessageContaining("svh.retention.losing-bids")
                .hasMessageContaining("shorter than the law requires");
    }
}
