package org.socialvaluehub.opportunities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers' expressions of interest and private clarification questions. A supplier sees only its own
 * questions and interest; answers are published to everyone without saying who asked.
 */
@Service
public class Clarifications {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Clarifications(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A question as its asker and the buyer see it. */
    public record Question(
            long id,
            long opportunityId,
            long supplierId,
            String question,
            String answer,
            Instant answeredAt,
            Instant askedAt) {}

    /** A published answer as everyone sees it: no asker. */
    public record PublishedAnswer(String question, String answer, Instant answeredAt) {}

    /** Someone from an interested supplier, to write to. */
    public record Interest(long supplierId, long userId, String email, Instant at) {}

    @Transactional
    public void expressInterest(long opportunityId, long supplierId, long userId, String email) {
        jdbc.sql("""
                insert into opp_interest (opportunity_id, supplier_id, user_id, email) values (:o, :s, :u, :e)
                on conflict do nothing""")
                .param("o", opportunityId)
                .param("s", supplierId)
                .param("u", userId)
                .param("e", email)
                .update();
    }

    public boolean interested(long opportunityId, long supplierId) {
        return jdbc.sql("select count(*) from opp_interest where opportunity_id = :o and supplier_id = :s")
                        .param("o", opportunityId)
                        .param("s", supplierId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** For the buyer only. */
    public List<Interest> interests(long opportunityId) {
        return jdbc.sql("select * from opp_interest where opportunity_id = :o order by created_at")
                .param("o", opportunityId)
                .query((rs, row) -> new Interest(
                        rs.getLong("supplier_id"),
                        rs.getLong("user_id"),
                        rs.getString("email"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Transactional
    public long ask(long opportunityId, long supplierId, long userId, String question) {
        return jdbc.sql("""
                insert into opp_question (opportunity_id, supplier_id, asked_by, question) values (:o, :s, :u, :q)
                returning id""")
                .param("o", opportunityId)
                .param("s", supplierId)
                .param("u", userId)
                .param("q", question.strip())
                .query(Long.class)
                .single();
    }

    /** The questions one supplier asked about an opportunity. */
    public List<Question> askedBy(long opportunityId, long supplierId) {
        return questions(
                "select * from opp_question where opportunity_id = :o and supplier_id = :s order by id",
                opportunityId,
                supplierId);
    }

    /** Every question on an opportunity, for its buyer. */
    public List<Question> all(long opportunityId) {
        return questions(
                "select * from opp_question where opportunity_id = :o and :s = :s order by id", opportunityId, 0);
    }

    public Optional<Question> find(long opportunityId, long questionId) {
        return all(opportunityId).stream().filter(q -> q.id() == questionId).findFirst();
    }

    /** Publishes (or corrects) the answer to everyone and tells the interested suppliers. */
    @Transactional
    public void answer(long opportunityId, long questionId, String answer) {
        jdbc.sql("update opp_question set answer = :a, answered_at = now() where id = :id and opportunity_id = :o")
                .param("a", answer.strip())
                .param("id", questionId)
                .param("o", opportunityId)
                .update();
        events.publishEvent(new OpportunityChanged(opportunityId, "answer"));
    }

    /** Whether the opportunity has a question its buyer has not answered yet. */
    public boolean hasUnanswered(long opportunityId) {
        return jdbc.sql("select exists (select 1 from opp_question where opportunity_id = :o and answer is null)")
                .param("o", opportunityId)
                .query(Boolean.class)
                .single();
    }

    /** The questions the suppliers asked that have an answer, latest answer first. */
    public List<Question> answeredFor(Collection<Long> supplierIds) {
        if (supplierIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from opp_question where supplier_id in (:s) and answer is not null
                order by answered_at desc, id desc""")
                .param("s", supplierIds)
                .query((rs, row) -> question(rs))
                .list();
    }

    public List<PublishedAnswer> published(long opportunityId) {
        return jdbc.sql("""
                select question, answer, answered_at from opp_question
                where opportunity_id = :o and answer is not null order by answered_at, id""")
                .param("o", opportunityId)
                .query((rs, row) -> new PublishedAnswer(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private List<Question> questions(String sql, long opportunityId, long supplierId) {
        return jdbc.sql(sql)
                .param("o", opportunityId)
                .param("s", supplierId)
                .query((rs, row) -> question(rs))
                .list();
    }

    private static Question question(ResultSet rs) throws SQLException {
        return new Question(
                rs.getLong("id"),
                rs.getLong("opportunity_id"),
                rs.getLong("supplier_id"),
                rs.getString("question"),
                rs.getString("answer"),
                rs.getTimestamp("answered_at") == null
                        ? null
                        : rs.getTimestamp("answered_at").toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
