package org.socialvaluehub.evaluation.bids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.platform.RetentionRuns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Losing bids and their files are kept for the Procurement Act's three years from the award, then deleted. */
@HubTest
class BidRetentionTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Evaluations evaluations;

    @Autowired
    RetentionRuns retention;

    @Test
    void aLosingBidAndItsFilesAreDeletedThreeYearsAfterTheAwardAndTheWinningBidStays() {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        List<Long> bids = bids(s.opportunityId());
        long winner = bids.get(0);
        long loser = bids.get(1);
        jdbc.sql("""
                insert into eval_answer_file (bid_id, question_id, filename, content_type, size, content)
                select :b, question_id, 'staff-cvs.pdf', 'application/pdf', 2, '\\x2550'::bytea from eval_answer
                where bid_id = :b limit 1""").param("b", loser).update();
        jdbc.sql("""
                insert into eval_decision (opportunity_id, lot, bid_id, rationale, recorded_by, awarded_at)
                values (:o, 0, :w, 'Best value', 0,
                now())""").param("o", s.opportunityId()).param("w", winner).update();

        retention.now("losing-bids");
        assertThat(bids(s.opportunityId())).containsExactly(winner, loser);

        retention.afterPeriod("losing-bids");
        assertThat(bids(s.opportunityId())).containsExactly(winner);
        assertThat(jdbc.sql("select count(*) from eval_answer_file where bid_id = :b")
                        .param("b", loser)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void bidsOfAnEvaluationNotYetAwardedAreKept() {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());

        retention.afterPeriod("losing-bids");
        assertThat(bids(s.opportunityId())).hasSize(2);
    }

    private List<Long> bids(long opportunity) {
        return jdbc.sql("select id from eval_bid where opportunity_id = :o order by id")
                .param("o", opportunity)
                .query(Long.class)
                .list();
    }
}
