package org.socialvaluehub.evaluation.results;

import java.util.List;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code eval_disregard}: the tenders disregarded in each evaluation. */
@Repository
class DisregardRepository {

    private final JdbcClient jdbc;

    DisregardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Disregarded> all(Evaluation e) {
        return jdbc.sql("select * from eval_disregard where opportunity_id = :o and lot = :lot "
                        + "order by recorded_at, bid_id")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .query((rs, n) -> new Disregarded(
                        rs.getLong("bid_id"),
                        Disregarded.Ground.valueOf(rs.getString("ground")),
                        rs.getString("reasons"),
                        rs.getLong("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    void add(Evaluation e, long bidId, Disregarded.Ground ground, String reasons, long userId) {
        jdbc.sql("""
                insert into eval_disregard (opportunity_id, lot, bid_id, ground, reasons, recorded_by)
                values (:o, :lot, :b, :g, :r, :u) on conflict do nothing""")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .param("b", bidId)
                .param("g", ground.name())
                .param("r", reasons)
                .param("u", userId)
                .update();
    }
}
