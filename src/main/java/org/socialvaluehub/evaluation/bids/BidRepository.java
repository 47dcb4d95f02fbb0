package org.socialvaluehub.evaluation.bids;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code eval_bid}, its answers and commitments; package-private so reads go through {@link
 * SealedBids}.
 */
@Repository
class BidRepository {

    private final JdbcClient jdbc;

    BidRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Bid> find(Evaluation e, long supplierId) {
        return jdbc.sql("select * from eval_bid where opportunity_id = :o and lot = :lot and supplier_id = :s")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .param("s", supplierId)
                .query(this::map)
                .optional();
    }

    List<Bid> submitted(Evaluation e) {
        return jdbc.sql("select * from eval_bid where opportunity_id = :o and lot = :lot "
                        + "and status = 'SUBMITTED' order by id")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .query(this::map)
                .list();
    }

    int countSubmitted(Evaluation e) {
        return jdbc.sql("select count(*) from eval_bid where opportunity_id = :o and lot = :lot "
                        + "and status = 'SUBMITTED'")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .query(Integer.class)
                .single();
    }

    List<Long> opportunitiesWithDrafts(Collection<Long> supplierIds) {
        if (supplierIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct opportunity_id from eval_bid where supplier_id in (:s) and status = 'DRAFT'
                order by opportunity_id desc""").param("s", supplierIds).query(Long.class).list();
    }

    List<Long> opportunitiesOfSuppliers(Collection<Long> supplierIds) {
        if (supplierIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct opportunity_id from eval_bid where supplier_id in (:s) "
                        + "order by opportunity_id desc")
                .param("s", supplierIds)
                .query(Long.class)
                .list();
    }

    long saveDraft(Evaluation e, long supplierId, BigDecimal price, long userId) {
        return jdbc.sql("""
                insert into eval_bid (opportunity_id, lot, supplier_id, status, price, updated_by)
                values (:o, :lot, :s, 'DRAFT', :price, :user)
                on conflict (opportunity_id, lot, supplier_id) do update set price = :price, updated_by = :user,
                    updated_at = now()
                returning id""")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .param("s", supplierId)
                .param("price", price)
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    void saveAnswer(long bidId, long questionId, String answer) {
        jdbc.sql("""
                insert into eval_answer (bid_id, question_id, answer) values (:b, :q, :a)
                on conflict (bid_id, question_id) do update set answer = :a""")
                .param("b", bidId)
                .param("q", questionId)
                .param("a", answer)
                .update();
    }

    void setStatus(long bidId, Bid.Status status, Instant submittedAt) {
        jdbc.sql("update eval_bid set status = :status, submitted_at = :at, updated_at = now() where id = :id")
                .param("status", status.name())
                .param("at", submittedAt == null ? null : Timestamp.from(submittedAt))
                .param("id", bidId)
                .update();
    }

    void addCommitment(long bidId, String code, BigDecimal quantity, LocalDate date, String locality) {
        jdbc.sql("""
                insert into eval_bid_commitment (bid_id, measure_code, quantity, delivery_date, locality)
                values (:b, :code, :q, :date, :locality)""")
                .param("b", bidId)
                .param("code", code)
                .param("q", quantity)
                .param("date", date == null ? null : Date.valueOf(date))
                .param("locality", locality)
                .update();
    }

    boolean removeCommitment(long bidId, long commitmentId) {
        return jdbc.sql("delete from eval_bid_commitment where id = :c and bid_id = :b")
                        .param("c", commitmentId)
                        .param("b", bidId)
                        .update()
                == 1;
    }

    private Bid map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Map<Long, String> answers = new HashMap<>();
        jdbc.sql("select question_id, answer from eval_answer where bid_id = :b")
                .param("b", id)
                .query((a, n) -> answers.put(a.getLong(1), a.getString(2)))
                .list();
        List<BidCommitment> commitments = jdbc.sql("select * from eval_bid_commitment where bid_id = :b order by id")
                .param("b", id)
                .query((c, n) -> new BidCommitment(
                        c.getLong("id"),
                        c.getString("measure_code"),
                        c.getBigDecimal("quantity"),
                        c.getDate("delivery_date") == null
                                ? null
                                : c.getDate("delivery_date").toLocalDate(),
                        c.getString("locality")))
                .list();
        List<AnswerFile> files = jdbc.sql("""
                select id, question_id, filename, content_type, size, uploaded_at from eval_answer_file
                where bid_id = :b order by id""")
                .param("b", id)
                .query((f, n) -> new AnswerFile(
                        f.getLong(1),
                        f.getLong(2),
                        f.getString(3),
                        f.getString(4),
                        f.getInt(5),
                        f.getTimestamp(6).toInstant()))
                .list();
        return new Bid(
                id,
                rs.getLong("opportunity_id"),
                rs.getLong("supplier_id"),
                Bid.Status.valueOf(rs.getString("status")),
                rs.getBigDecimal("price"),
                submitted == null ? null : submitted.toInstant(),
                answers,
                commitments,
                files);
    }
}
