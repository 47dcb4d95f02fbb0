package org.socialvaluehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Holds the schema to decision 0005: every table carries its module's one prefix, and a foreign key joins two
 * tables of one module, never two modules (people included).
 */
@HubTest
class ForeignKeysStayInsideModulesTest {

    /** Each module's one table prefix: the first word of a table's name. */
    private static final Map<String, String> MODULE_OF_PREFIX = Map.of(
            "account",
            "accounts",
            "org",
            "organisations",
            "measures",
            "measures",
            "spend",
            "spend",
            "opp",
            "opportunities",
            "eng",
            "engagement",
            "eval",
            "evaluation",
            "mail",
            "mail",
            "resource",
            "resources");

    /** Tables the frameworks own (sessions, Flyway, db-scheduler, the event publication registry), in no module. */
    private static final Set<String> PLATFORM = Set.of(
            "spring_session",
            "spring_session_attributes",
            "flyway_schema_history",
            "scheduled_tasks",
            "event_publication");

    @Autowired
    JdbcClient jdbc;

    @Test
    void noForeignKeyCrossesModules() {
        List<String> crossing = jdbc
                .sql("""
                select c.conname, c.conrelid::regclass::text as source, c.confrelid::regclass::text as target
                from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                where c.contype = 'f' and n.nspname = current_schema() order by 2, 1""")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list()
                .stream()
                .filter(key -> !module(key[1]).equals(module(key[2])))
                .map(key -> key[1] + " -> " + key[2] + " (" + key[0] + ")")
                .toList();

        assertThat(crossing).as("foreign keys across modules").isEmpty();
    }

    @Test
    void everyTableCarriesTheOnePrefixOfItsModule() {
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables where table_schema = current_schema()
                order by 1""").query(String.class).list();

        assertThat(tables).contains("account_user", "resource_journey_result", "resource_pledge_commitment");
        assertThat(tables.stream().filter(table -> module(table).equals("none")))
                .as("tables whose prefix belongs to no module (add the module's prefix, or list a framework's table)")
                .isEmpty();
    }

    @Test
    void theSchemaHasForeignKeysToCheck() {
        assertThat(jdbc.sql("select count(*) from pg_constraint where contype = 'f'")
                        .query(Long.class)
                        .single())
                .isGreaterThan(10);
    }

    @Test
    void aTableBelongsToTheModuleOfItsPrefixOnly() {
        assertThat(module("resource_journey_result"))
                .isEqualTo(module("resource_pledge"))
                .isEqualTo("resources");
        assertThat(module("spend_line")).isNotEqualTo(module("org_organisation"));
        assertThat(module("eng_registration")).isNotEqualTo(module("account_user"));
        assertThat(module("journey_result")).isEqualTo(module("pledge")).isEqualTo("none");
        assertThat(module("spring_session_attributes")).isEqualTo("platform");
    }

    /** The module a table belongs to, by the first word of its name; "platform" for a framework's, else "none". */
    static String module(String table) {
        if (PLATFORM.contains(table)) {
            return "platform";
        }
        String prefix = table.contains("_") ? table.substring(0, table.indexOf('_')) : table;
        return MODULE_OF_PREFIX.getOrDefault(prefix, "none");
    }
}
