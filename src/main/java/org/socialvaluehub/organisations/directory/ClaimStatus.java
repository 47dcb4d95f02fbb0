package org.socialvaluehub.organisations.directory;

import org.socialvaluehub.organisations.Organisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether a profile can still be claimed: a demo or imported one that nobody has been approved for yet. */
@Component
public class ClaimStatus {

    private final JdbcClient jdbc;

    ClaimStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean claimable(Organisation organisation) {
        return organisation.demo()
                && !jdbc.sql("select exists (select 1 from org_claim where organisation_id = :id and status ="
                                + " 'APPROVED')")
                        .param("id", organisation.id())
                        .query(Boolean.class)
                        .single();
    }

    public boolean pendingBy(long organisationId, long userId) {
        return jdbc.sql("select exists (select 1 from org_claim where organisation_id = :id and user_id = :user and"
                        + " status = 'PENDING')")
                .param("id", organisationId)
                .param("user", userId)
                .query(Boolean.class)
                .single();
    }
}
