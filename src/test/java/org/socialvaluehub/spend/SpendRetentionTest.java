package org.socialvaluehub.spend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.platform.RetentionRuns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploaded spend files go once finished with (failed, abandoned or imported); one being imported stays. */
@HubTest
class SpendRetentionTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @Autowired
    RetentionRuns retention;

    @Test
    void failedAbandonedAndImportedUploadsAreDeletedAfterThirtyDaysButNotOneStillRunning() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Uploading Council");
        long failed = upload(buyer, "FAILED");
        long abandoned = upload(buyer, "UPLOADED");
        long imported = upload(buyer, "DONE");
        long running = upload(buyer, "RUNNING");

        retention.now("spend-uploads");
        assertThat(remaining(buyer)).isEqualTo(4);

        retention.afterPeriod("spend-uploads");
        assertThat(jdbc.sql("select id from spend_upload where buyer_id = :b")
                        .param("b", buyer)
                        .query(Long.class)
                        .list())
                .containsExactly(running)
                .doesNotContain(failed, abandoned, imported);
    }

    private long upload(long buyer, String status) {
        return jdbc.sql("""
                insert into spend_upload (buyer_id, file_name, content, size_bytes, status)
                values (:b, 'payments.csv', '\\x4a6f'::bytea, 2, :s) returning id""")
                .param("b", buyer)
                .param("s", status)
                .query(Long.class)
                .single();
    }

    private int remaining(long buyer) {
        return jdbc.sql("select count(*) from spend_upload where buyer_id = :b")
                .param("b", buyer)
                .query(Integer.class)
                .single();
    }
}
