package org.socialvaluehub.evaluation.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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
    Optional<EvaluationModel> find(long opportunityId) {
        return jdbc.sql("select * from eval_model where opportunity_id = :id").param("id", opportunityId)
                .query((rs, n) -> new EvaluationModel(opportunityId, rs.getBigDecimal("price_weight"),
                        rs.getBigDecimal("quality_weight"), rs.getBigDecimal("social_weight"), rubric(opportunityId),
                        questions(opportunityId), measures(opportunityId)))
                .optional();
    }

    List<Long> opportunitiesOfBuyers(java.util.Collection<Long> buyerIds) {
        if (buyerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select opportunity_id from eval_model where buyer_id in (:buyers) order by opportunity_id desc")
                .param("buyers", buyerIds).query(Long.class).list();
    }

    void saveWeights(long opportunityId, long buyerId, BigDecimal price, BigDecimal quality, BigDecimal social,
                     List<String> descriptors) {
        jdbc.sql("""
                insert into eval_model (opportunity_id, buyer_id, price_weight, quality_weight, social_weight)
                values (:id, :buyer, :price, :quality, :social)
                on conflict (opportunity_id) do update set price_weight = :price, quality_weight = :quality,
                    social_weight = :social, updated_at = now()""")
                .param("id", opportunityId).param("buyer", buyerId).param("price", price).param("quality", quality)
                .param("social", social).update();
        for (int i = 0; i < RubricLevel.SCORES.size(); i++) {
            jdbc.sql("""
                    insert into eval_rubric_level (opportunity_id, score, descriptor) values (:id, :score, :text)
                    on conflict (opportunity_id, score) do update set descriptor = :text""")
                    .param("id", opportunityId).param("score", RubricLevel.SCORES.get(i))
                    .param("text", descriptors.get(i)).update();
        }
    }

    long addQuestion(long opportunityId, Question.Section section, String title, String guidance, BigDecimal weight) {
        return jdbc.sql("""
                insert into eval_question (opportunity_id, section, title, guidance, weight)
                values (:id, :section, :title, :guidance, :weight) returning id""")
                .param("id", opportunityId).param("section", section.name()).param("title", title)
                .param("guidance", guidance).param("weight", weight).query(Long.class).single();
    }

    boolean removeQuestion(long opportunityId, long questionId) {
        return jdbc.sql("delete from eval_question where id = :q and opportunity_id = :id")
                .param("q", questionId).param("id", opportunityId).update() == 1;
    }

    void addMeasure(long opportunityId, String code, String scoring, BigDecimal target, BigDecimal weight) {
        jdbc.sql("""
                insert into eval_measure (opportunity_id, measure_code, scoring, target, weight)
                values (:id, :code, :scoring, :target, :weight)
                on conflict (opportunity_id, measure_code) do update set scoring = :scoring, target = :target,
                    weight = :weight""")
                .param("id", opportunityId).param("code", code).param("scoring", scoring).param("target", target)
                .param("weight", weight).update();
    }

    boolean removeMeasure(long opportunityId, long measureId) {
        return jdbc.sql("delete from eval_measure where id = :m and opportunity_id = :id")
                .param("m", measureId).param("id", opportunityId).update() == 1;
    }

    private List<RubricLevel> rubric(long opportunityId) {
        return jdbc.sql("select score, descriptor from eval_rubric_level where opportunity_id = :id order by score")
                .param("id", opportunityId).query((rs, n) -> new RubricLevel(rs.getInt(1), rs.getString(2))).list();
    }

    private List<Question> questions(long opportunityId) {
        return jdbc.sql("select * from eval_question where opportunity_id = :id order by section, id")
                .param("id", opportunityId)
                .query((rs, n) -> new Question(rs.getLong("id"), Question.Section.valueOf(rs.getString("section")),
                        rs.getString("title"), rs.getString("guidance"), rs.getBigDecimal("weight")))
                .list();
    }

    private List<MeasureCriterion> measures(long opportunityId) {
        return jdbc.sql("select * from eval_measure where opportunity_id = :id order by id").param("id", opportunityId)
                .query((rs, n) -> new MeasureCriterion(rs.getLong("id"), rs.getString("measure_code"), null, null,
                        rs.getString("scoring"), rs.getBigDecimal("target"), rs.getBigDecimal("weight")))
                .list();
    }
}
