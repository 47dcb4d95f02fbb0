package org.socialvaluehub.spend.rules;

import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code spend_rule}: what sets spend aside as not influenceable. */
@Repository
class RuleRepository {

    /** One rule: spend whose expense type is, whose supplier is, or whose text matches the value is set aside. */
    record Rule(long id, String kind, String value, String reason, boolean enabled, boolean seeded) {}

    private final JdbcClient jdbc;

    RuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Rule> all() {
        return jdbc.sql("select id, kind, value, reason, enabled, seeded from spend_rule order by seeded desc, id")
                .query((rs, i) -> new Rule(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6)))
                .list();
    }

    void add(String kind, String value, String reason) {
        jdbc.sql("insert into spend_rule (kind, value, reason) values (:kind, :value, :reason)")
                .param("kind", kind)
                .param("value", value)
                .param("reason", reason)
                .update();
    }

    boolean setEnabled(long id, boolean enabled) {
        return jdbc.sql("update spend_rule set enabled = :enabled where id = :id")
                        .param("enabled", enabled)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Marks the rules' latest revision applied; true when it was not yet (a migration changed the seeded rules). */
    boolean markRevisionApplied() {
        return jdbc.sql("update spend_rule_revision set applied = revision where applied < revision")
                        .update()
                == 1;
    }

    /** True when PostgreSQL accepts the text as a regular expression. */
    boolean isPattern(String pattern) {
        try {
            jdbc.sql("select '' ~* :p").param("p", pattern).query(Boolean.class).single();
            return true;
        } catch (DataAccessException e) {
            return false;
        }
    }
}
