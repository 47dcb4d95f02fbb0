package org.socialvaluehub.evaluation.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code eval_model}, its rubric, questions and measures. */
@Repository
class ModelRepository {

    private final JdbcClient jdbc;

    ModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored model; measure names and units are left empty for the service to fill from the framework. */
    Optional<EvaluationModel> find(Evaluation e) {
        return jdbc.sql("select * from eval_model where opportunity_id = :id and lot = :lot")
                .param("id", e.id())
                .param("lot", e.lotNumber())
                .query((rs, n) -> new EvaluationModel(
                        e.id(),
                        rs.getBigDecimal("price_weight"),
                        rs.getBigDecimal("quality_weight"),
                        rs.getBigDecimal("social_weight"),
                        rubric(e),
                        questions(e),
                        measures(e),
                        rs.getBigDecimal("estimated_value"),
                        rs.getString("social_justification")))
                .optional();
    }

    List<Long> opportunitiesOfBuyers(Collection<Long> buyerIds) {
        if (buyerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct opportunity_id from eval_model where buyer_id in (:buyers) "
                        + "order by opportunity_id desc")
                .param("buyers", buyerIds)
                .query(Long.class)
                .list();
    }

    void saveWeights(
            Evaluation e,
            long buyerId,
            BigDecimal price,
            BigDecimal quality,
            BigDecimal social,
            String justification,
            List<String> descriptors) {
        jdbc.sql("""
                insert into eval_model (opportunity_id, lot, buyer_id, price_weight, quality_weight, social_weight,
                    social_justification)
                values (:id, :lot, :buyer, :price, :quality, :social, :justification)
                on conflict (opportunity_id, lot) do update set price_weight = :price, quality_weight = :quality,
                    social_weight = :social, social_justification = :justification, updated_at = now()""")
                .param("id", e.id())
                .param("lot", e.lotNumber())
                .param("buyer", buyerId)
                .param("price", price)
                .param("quality", quality)
                .param("social", social)
                .param("justification", justification)
                .update();
        for (int i = 0; i < RubricLevel.SCORES.size(); i++) {
            jdbc.sql("""
                    insert into eval_rubric_level (opportunity_id, lot, score, descriptor)
                    values (:id, :lot, :score, :text)
                    on conflict (opportunity_id, lot, score) do update set descriptor = :text""")
                    .param("id", e.id())
                    .param("lot", e.lotNumber())
                    .param("score", RubricLevel.SCORES.get(i))
                    .param("text", descriptors.get(i))
                    .update();
        }
    }

    /** Fixes the estimated value the formulas read, as the opportunity opens; without a model nothing is kept. */
    void fixEstimatedValue(Evaluation e, BigDecimal value) {
        jdbc.sql("update eval_model set estimated_value = :value where opportunity_id = :id and lot = :lot")
                .param("value", value)
                .param("id", e.id())
                .param("lot", e.lotNumber())
                .update();
    }

    long addQuestion(Evaluation e, Question.Section section, String title, String guidance, BigDecimal weight) {
        return jdbc.sql("""
                insert into eval_question (opportunity_id, lot, section, title, guidance, weight)
                values (:id, :lot, :section, :title, :guidance, :weight) returning id""")
                .param("id", e.id())
                .param("lot", e.lotNumber())
                .param("section", section.name())
                .param("title", title)
                .param("guidance", guidance)
                .param("weight", weight)
                .query(Long.class)
                .single();
    }

    boolean removeQuestion(Evaluation e, long questionId) {
        return jdbc.sql("delete from eval_question where id = :q and opportunity_id = :id and lot = :lot")
                        .param("q", questionId)
                        .param("id", e.id())
                        .param("lot", e.lotNumber())
                        .update()
                == 1;
    }

    void addMeasure(Evaluation e, String code, String scoring, BigDecimal target, BigDecimal weight) {
        jdbc.sql("""
                insert into eval_measure (opportunity_id, lot, measure_code, scoring, target, weight)
                values (:id, :lot, :code, :scoring, :target, :weight)
                on conflict (opportunity_id, lot, measure_code) do update set scoring = :scoring, target = :target,
                    weight = :weight""")
                .param("id", e.id())
                .param("lot", e.lotNumber())
                .param("code", code)
                .param("scoring", scoring)
                .param("target", target)
                .param("weight", weight)
                .update();
    }

    boolean removeMeasure(Evaluation e, long measureId) {
        return jdbc.sql("delete from eval_measure where id = :m and opportunity_id = :id and lot = :lot")
                        .param("m", measureId)
                        .param("id", e.id())
                        .param("lot", e.lotNumber())
                        .update()
                == 1;
    }

    private List<RubricLevel> rubric(Evaluation e) {
        return jdbc.sql("select score, descriptor from eval_rubric_level where opportunity_id = :id and lot = :lot "
                        + "order by score")
                .param("id", e.id())
                .param("lot", e.lotNumber())
                .query((rs, n) -> new RubricLevel(rs.getInt(1), rs.getString(2)))
                .list();
    }

    private List<Question> questions(Evaluation e) {
        return jdbc.sql("select * from eval_question where opportunity_id = :id and lot = :lot order by section, id")
                .param("id", e.id())
                .param("lot", e.lotNumber())
                .query((rs, n) -> new Question(
                        rs.getLong("id"),
                        Question.Section.valueOf(rs.getString("section")),
                        rs.getString("title"),
                        rs.getString("guidance"),
                        rs.getBigDecimal("weight")))
                .list();
    }

    private List<MeasureCriterion> measures(Evaluation e) {
        return jdbc.sql("select * from eval_measure where opportunity_id = :id and lot = :lot order by id")
                .param("id", e.id())
                .param("lot", e.lotNumber())
                .query((rs, n) -> new MeasureCriterion(
                        rs.getLong("id"),
                        rs.getString("measure_code"),
                        null,
                        null,
                        rs.getString("scoring"),
                        rs.getBigDecimal("target"),
                        rs.getBigDecimal("weight")))
                .list();
    }
}
