package org.socialvaluehub.evaluation.bids;

import java.sql.Timestamp;
import java.time.Period;
import org.socialvaluehub.shared.RetentionStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Losing bids (with their answers, files, commitments and scores) go once the records of the award need no longer be
 * kept. The Procurement Act 2023, s.98(4), requires records that explain the award, including tenders, for three
 * years from the day the contract is entered into (or awarded, if never entered into); the hub knows the award date,
 * so it counts from there, and refuses a shorter configured period. The winning bid stays with the contract.
 */
@Configuration(proxyBeanMethods = false)
class BidRetention {

    static final Period PROCUREMENT_ACT_S98 = Period.ofYears(3);

    @Bean
    RetentionStep losingBidsRetention(JdbcClient jdbc) {
        return RetentionStep.of(
                "losing-bids",
                PROCUREMENT_ACT_S98,
                cutoff -> jdbc.sql("""
                        delete from eval_bid b using eval_decision d
                        where d.opportunity_id = b.opportunity_id and d.lot = b.lot and d.bid_id <> b.id
                          and d.awarded_at < :cutoff""").param("cutoff", Timestamp.from(cutoff)).update());
    }
}
