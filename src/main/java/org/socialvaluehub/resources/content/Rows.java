package org.socialvaluehub.resources.content;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads the resource columns the queries share. */
final class Rows {

    static final String FACT_COLUMNS = """
            facts->>'organisationType' as f_type, facts->>'organisationSize' as f_size, facts->>'sector' as f_sector,
            facts->>'whatTheyDid' as f_what, facts->>'outcome' as f_outcome, facts->>'results' as f_results,
            facts->>'contact' as f_contact""";

    static final String FACTS_JSON = """
            jsonb_strip_nulls(jsonb_build_object('organisationType', :fType, 'organisationSize', :fSize,
            'sector', :fSector, 'whatTheyDid', :fWhat, 'outcome', :fOutcome, 'results', :fResults,
            'contact', :fContact))""";

    private Rows() {}

    static List<String> list(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static String joined(List<String> values) {
        return String.join(",", values);
    }

    static ResourceSummary summary(ResultSet rs, int row) throws SQLException {
        return new ResourceSummary(
                rs.getLong("id"),
                rs.getString("slug"),
                ResourceKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("summary"),
                list(rs, "roles"),
                list(rs, "stages"),
                list(rs, "themes"));
    }

    static ResourceContent content(ResultSet rs) throws SQLException {
        CaseFacts facts = new CaseFacts(
                text(rs, "f_type"),
                text(rs, "f_size"),
                text(rs, "f_sector"),
                text(rs, "f_what"),
                text(rs, "f_outcome"),
                text(rs, "f_results"),
                text(rs, "f_contact"));
        return new ResourceContent(
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body"),
                list(rs, "roles"),
                list(rs, "stages"),
                list(rs, "themes"),
                facts);
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }
}
