package org.socialvaluehub.evaluation.bids;

import java.util.List;
import org.socialvaluehub.organisations.OrganisationsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves a merged organisation's bids, declared conflicts of interest and evaluations (as buyer) to the surviving
 * organisation. A supplier has one bid per lot, so where both bid for the same lot one bid stays: the bid an award
 * decision names, else a submitted bid before a draft before a withdrawn one, else the survivor's.
 */
@Component
class BidMerges {

    private static final List<String> MOVES = List.of(
            """
            delete from eval_bid b using (
                select x.id, row_number() over (partition by x.opportunity_id, x.lot order by
                    exists (select 1 from eval_decision d where d.bid_id = x.id) desc,
                    case x.status when 'SUBMITTED' then 0 when 'DRAFT' then 1 else 2 end,
                    x.supplier_id = :survivor desc) as rank
                from eval_bid x where x.supplier_id in (:survivor, :merged)) r
            where b.id = r.id and r.rank > 1""",
            "update eval_bid set supplier_id = :survivor where supplier_id = :merged",
            """
            delete from eval_conflict m where m.supplier_id = :merged and exists (
                select 1 from eval_conflict s where s.supplier_id = :survivor and s.opportunity_id = m.opportunity_id
                and s.lot = m.lot and s.user_id = m.user_id)""",
            "update eval_conflict set supplier_id = :survivor where supplier_id = :merged",
            "update eval_model set buyer_id = :survivor where buyer_id = :merged");

    private final JdbcClient jdbc;

    BidMerges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OrganisationsMerged merged) {
        MOVES.forEach(statement -> jdbc.sql(statement).params(merged.ids()).update());
    }
}
