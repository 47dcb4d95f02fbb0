package org.socialvaluehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Holds the schema to decision 0005: a foreign key joins two tables of one module, never two modules. A table's
 * module is told by its name's prefix; the resources module owns three.
 */
@HubTest
class ForeignKeysStayInsideModulesTest {

    private static final Map<String, String> MODULE_OF_PREFIX = Map.of(
            "resource", "resources", "journey", "resources", "pledge", "resources", "spring", "platform");

    /**
     * Keys from other modules to people (account_user) are kept for now, set null on delete so an account can be
     * removed (V85); they go once every module anonymises its own rows when a person leaves.
     */
    private static final String PEOPLE = "account_user";

    @Autowired JdbcClient jdbc;

    @Test
    void noForeignKeyCrossesModules() {
        List<String> crossing = jdbc.sql("""
                select c.conname, c.conrelid::regclass::text as source, c.confrelid::regclass::text as target
                from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                where c.contype = 'f' and n.nspname = current_schema() order by 2, 1""")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list().stream()
                .filter(key -> !key[2].equals(PEOPLE))
                .filter(key -> !module(key[1]).equals(module(key[2])))
                .map(key -> key[1] + " -> " + key[2] + " (" + key[0] + ")").toList();

        assertThat(crossing).as("foreign keys across modules").isEmpty();
    }

    @Test
    void theSchemaHasForeignKeysToCheck() {
        assertThat(jdbc.sql("select count(*) from pg_constraint where contype = 'f'").query(Long.class).single())
                .isGreaterThan(10);
    }

    @Test
    void tablesOfOneModuleShareAModule() {
        assertThat(module("journey_result")).isEqualTo(module("pledge_commitment")).isEqualTo("resources");
        assertThat(module("spend_line")).isNotEqualTo(module("org_organisation"));
    }

    /** The module a table belongs to: the first word of its name, with the resources module's three prefixes joined. */
    static String module(String table) {
        String prefix = table.contains("_") ? table.substring(0, table.indexOf('_')) : table;
        return MODULE_OF_PREFIX.getOrDefault(prefix, prefix);
    }
}
