package org.socialvaluehub.evaluation.scoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the named evaluators ({@code eval_evaluator}) and their declarations of interest. */
@Repository
class EvaluatorRepository {

    private final JdbcClient jdbc;

    EvaluatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void name(Evaluation e, long userId, String displayName) {
        jdbc.sql("""
                insert into eval_evaluator (opportunity_id, lot, user_id, display_name) values (:o, :lot, :u, :name)
                on conflict do nothing""")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .param("u", userId)
                .param("name", displayName)
                .update();
    }

    List<Evaluator> evaluators(Evaluation e) {
        return jdbc.sql("select * from eval_evaluator where opportunity_id = :o and lot = :lot "
                        + "order by display_name, user_id")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .query((rs, n) -> new Evaluator(
                        rs.getLong("user_id"),
                        rs.getString("display_name"),
                        rs.getTimestamp("submitted_at") == null
                                ? null
                                : rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    List<Long> opportunitiesOf(long userId) {
        return jdbc.sql("select distinct opportunity_id from eval_evaluator where user_id = :u "
                        + "order by opportunity_id desc")
                .param("u", userId)
                .query(Long.class)
                .list();
    }

    boolean submit(Evaluation e, long userId, Instant at) {
        return jdbc.sql("""
                update eval_evaluator set submitted_at = :at
                where opportunity_id = :o and lot = :lot and user_id = :u and submitted_at is null""")
                        .param("at", Timestamp.from(at))
                        .param("o", e.id())
                        .param("lot", e.lotNumber())
                        .param("u", userId)
                        .update()
                == 1;
    }

    void declare(Evaluation e, long userId, long supplierId, boolean conflicted, String note) {
        jdbc.sql("""
                insert into eval_conflict (opportunity_id, lot, user_id, supplier_id, conflicted, note)
                values (:o, :lot, :u, :s, :c, :note)""")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .param("u", userId)
                .param("s", supplierId)
                .param("c", conflicted)
                .param("note", note)
                .update();
    }

    /** Each declared supplier and whether the evaluator has a conflict with it. */
    Map<Long, Boolean> declarations(Evaluation e, long userId) {
        return jdbc
                .sql("select supplier_id, conflicted from eval_conflict where opportunity_id = :o and lot = :lot "
                        + "and user_id = :u")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .param("u", userId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBoolean(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
