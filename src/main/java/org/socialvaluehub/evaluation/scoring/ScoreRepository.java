package org.socialvaluehub.evaluation.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the evaluators' scores ({@code eval_score}) and the moderated consensus ({@code eval_moderation}).
 */
@Repository
class ScoreRepository {

    private final JdbcClient jdbc;

    ScoreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long bidId, long questionId, long evaluatorId, int score, String justification) {
        jdbc.sql("""
                insert into eval_score (bid_id, question_id, evaluator_id, score, justification)
                values (:b, :q, :e, :score, :text)
                on conflict (bid_id, question_id, evaluator_id) do update set score = :score, justification = :text,
                    scored_at = now()""")
                .param("b", bidId)
                .param("q", questionId)
                .param("e", evaluatorId)
                .param("score", score)
                .param("text", justification)
                .update();
    }

    List<Score> byEvaluator(Evaluation e, long evaluatorId) {
        return jdbc.sql("""
                select s.* from eval_score s join eval_bid b on b.id = s.bid_id
                where b.opportunity_id = :o and b.lot = :lot and s.evaluator_id = :e""")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .param("e", evaluatorId)
                .query(ScoreRepository::score)
                .list();
    }

    List<Score> all(Evaluation e) {
        return jdbc.sql("""
                select s.* from eval_score s join eval_bid b on b.id = s.bid_id
                where b.opportunity_id = :o and b.lot = :lot order by s.bid_id, s.question_id, s.evaluator_id""")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .query(ScoreRepository::score)
                .list();
    }

    void moderate(long bidId, long questionId, int score, String rationale, long userId) {
        jdbc.sql("""
                insert into eval_moderation (bid_id, question_id, score, rationale, moderated_by)
                values (:b, :q, :score, :text, :u)
                on conflict (bid_id, question_id) do update set score = :score, rationale = :text, moderated_by = :u,
                    moderated_at = now()""")
                .param("b", bidId)
                .param("q", questionId)
                .param("score", score)
                .param("text", rationale)
                .param("u", userId)
                .update();
    }

    /**
     * The consensus scores, each as a {@link Score} whose evaluator is the moderator and justification the rationale.
     */
    List<Score> consensus(Evaluation e) {
        return jdbc.sql("""
                select m.bid_id, m.question_id, m.moderated_by as evaluator_id, m.score, m.rationale as justification
                from eval_moderation m join eval_bid b on b.id = m.bid_id
                where b.opportunity_id = :o and b.lot = :lot""")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .query(ScoreRepository::score)
                .list();
    }

    private static Score score(ResultSet rs, int row) throws SQLException {
        return new Score(
                rs.getLong("bid_id"),
                rs.getLong("question_id"),
                rs.getLong("evaluator_id"),
                rs.getInt("score"),
                rs.getString("justification"));
    }
}
