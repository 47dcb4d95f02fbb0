package org.socialvaluehub.opportunities;

import java.util.List;
import org.socialvaluehub.organisations.OrganisationsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves a merged organisation's opportunities (as buyer), expressions of interest, questions and followed-buyer alerts
 * to the surviving organisation. Where both expressed interest in one opportunity, the survivor's expression stays.
 */
@Component
class OpportunityMerges {

    private static final List<String> MOVES = List.of(
            """
            delete from opp_interest m where m.supplier_id = :merged and exists (
                select 1 from opp_interest s
                where s.supplier_id = :survivor and s.opportunity_id = m.opportunity_id)""",
            "update opp_interest set supplier_id = :survivor where supplier_id = :merged",
            "update opp_question set supplier_id = :survivor where supplier_id = :merged",
            "update opp_opportunity set buyer_id = :survivor where buyer_id = :merged",
            "update opp_alert set buyer_id = :survivor where buyer_id = :merged");

    private final JdbcClient jdbc;

    OpportunityMerges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OrganisationsMerged merged) {
        MOVES.forEach(statement -> jdbc.sql(statement).params(merged.ids()).update());
    }
}
