package org.socialvaluehub.resources.journey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.resources.core.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and edits the self-assessment questions, {@code resource_journey_question} and {@code resource_journey_option}.
 */
@Repository
class QuestionRepository {

    private final JdbcClient jdbc;

    QuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Questionnaire questionnaire(String audience) {
        Map<Long, Questionnaire.Item> items = new LinkedHashMap<>();
        Map<Long, List<Questionnaire.Option>> options = new LinkedHashMap<>();
        jdbc.sql("""
                select q.id, q.dimension, d.name, q.position, q.text, o.id as option_id, o.text as option_text, o.stage
                from resource_journey_question q join resource_journey_dimension d on d.audience = q.audience
                    and d.code = q.dimension
                join resource_journey_option o on o.question_id = q.id
                where q.audience = :audience order by d.position, q.position, o.position""")
                .param("audience", audience)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<Questionnaire.Option> list = options.computeIfAbsent(id, k -> new ArrayList<>());
                    items.computeIfAbsent(id, k -> uncheckedItem(rs, list));
                    list.add(new Questionnaire.Option(
                            rs.getLong("option_id"),
                            rs.getString("option_text"),
                            Stage.valueOf(rs.getString("stage"))));
                    return id;
                })
                .list();
        return new Questionnaire(audience, List.copyOf(items.values()));
    }

    Optional<Questionnaire.Item> question(long id) {
        return jdbc.sql("select audience from resource_journey_question where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .flatMap(audience -> questionnaire(audience).questions().stream()
                        .filter(q -> q.id() == id)
                        .findFirst());
    }

    /** Changes a question's wording and its options' wording and stages; options of other questions are left alone. */
    @Transactional
    void update(long id, String text, List<Questionnaire.Option> changedOptions) {
        jdbc.sql("update resource_journey_question set text = :text where id = :id")
                .param("id", id)
                .param("text", text)
                .update();
        for (Questionnaire.Option option : changedOptions) {
            jdbc.sql("update resource_journey_option set text = :text, stage = :stage where id = :id and"
                            + " question_id = :question")
                    .param("id", option.id())
                    .param("question", id)
                    .param("text", option.text())
                    .param("stage", option.stage().name())
                    .update();
        }
    }

    private static Questionnaire.Item uncheckedItem(ResultSet rs, List<Questionnaire.Option> options) {
        try {
            return new Questionnaire.Item(
                    rs.getLong("id"),
                    rs.getString("dimension"),
                    rs.getString("name"),
                    rs.getInt("position"),
                    rs.getString("text"),
                    options);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
