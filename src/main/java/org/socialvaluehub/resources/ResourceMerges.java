package org.socialvaluehub.resources;

import java.util.List;
import org.socialvaluehub.organisations.OrganisationsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves a merged organisation's pledges and self-assessment results to the surviving organisation. An organisation
 * makes a pledge once a year, so where both made the same one the most recently updated stays (the survivor's on a
 * tie); every self-assessment result stays, as history.
 */
@Component
class ResourceMerges {

    private static final List<String> MOVES = List.of(
            """
            delete from resource_pledge_commitment c using resource_pledge_commitment o
            where c.organisation_id in (:survivor, :merged) and o.organisation_id in (:survivor, :merged)
              and c.organisation_id <> o.organisation_id and c.pledge_id = o.pledge_id and c.year = o.year
              and (c.updated_at, c.organisation_id = :survivor) < (o.updated_at, o.organisation_id = :survivor)""",
            "update resource_pledge_commitment set organisation_id = :survivor where organisation_id = :merged",
            "update resource_journey_result set organisation_id = :survivor where organisation_id = :merged");

    private final JdbcClient jdbc;

    ResourceMerges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OrganisationsMerged merged) {
        MOVES.forEach(statement -> jdbc.sql(statement).params(merged.ids()).update());
    }
}
