package org.socialvaluehub.measures;

import java.util.LinkedHashSet;
import java.util.Set;
import org.socialvaluehub.measures.core.Framework;
import org.socialvaluehub.measures.core.Measure;
import org.socialvaluehub.measures.core.Outcome;
import org.socialvaluehub.measures.core.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Search over the measures of a published version ({@code measures_search}): PostgreSQL full-text search
 * in English with stemming over the code, names and descriptions of each measure, its outcome, its theme
 * and its value's source, and a plain substring match for part-words ("apprent").
 */
@Repository
class MeasureSearch {

    private final JdbcClient jdbc;

    MeasureSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void index(long versionId, Framework framework) {
        for (Measure measure : framework.measures()) {
            Outcome outcome = framework.outcomes().stream()
                    .filter(o -> o.code().equals(measure.outcomeCode()))
                    .findFirst()
                    .orElseThrow();
            Theme theme = framework.themes().stream()
                    .filter(t -> t.code().equals(outcome.themeCode()))
                    .findFirst()
                    .orElseThrow();
            jdbc.sql("""
                    insert into measures_search
                        (version_id, measure_code, theme_code, outcome_code, document, plain_text)
                    values (:id, :code, :theme, :outcome,
                            setweight(to_tsvector('simple', :code), 'A')
                            || setweight(to_tsvector('english', :name), 'A')
                            || setweight(to_tsvector('english', :text), 'B'),
                            :code || ' ' || :name || ' ' || :text)""")
                    .param("id", versionId)
                    .param("code", measure.code())
                    .param("theme", theme.code())
                    .param("outcome", outcome.code())
                    .param("name", measure.name())
                    .param(
                            "text",
                            String.join(
                                    " ",
                                    nullToEmpty(measure.description()),
                                    outcome.name(),
                                    theme.name(),
                                    nullToEmpty(measure.countingRules()),
                                    nullToEmpty(measure.evidenceNeeded()),
                                    framework
                                            .valueOf(measure.code())
                                            .map(v -> nullToEmpty(v.sourceName()))
                                            .orElse("")))
                    .update();
        }
    }

    /** Codes of the measures of a version that match the words typed, best match first. */
    Set<String> matching(long versionId, String words) {
        return new LinkedHashSet<>(jdbc.sql("""
                select measure_code from measures_search
                where version_id = :id
                  and (document @@ websearch_to_tsquery('english', :q) or plain_text ilike :like escape '\\')
                order by ts_rank(document, websearch_to_tsquery('english', :q)) desc, measure_code""")
                .param("id", versionId)
                .param("q", words)
                .param("like", "%" + words.replaceAll("([\\\\%_])", "\\\\$1") + "%")
                .query(String.class)
                .list());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
