package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.shared.PersonalDataHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new table that refers to a person must be covered by some module's {@link PersonalDataHolder}, or a
 * subject access export and an erasure would miss it. Person columns are found in the live schema: any
 * column named like {@code *user_id}, {@code *person_id}, {@code *account_id}, {@code *email}, {@code *requester_id},
 * {@code *assignee_id}, {@code *author_id} or {@code *created_by}, and any foreign key to {@code account_user} (only
 * the accounts module's own tables have one: other modules keep a person's id without a key, decision 0005).
 */
@HubTest
class SubjectAccessCoverageTest {

    /** Tables of the framework, not of the hub: sessions expire on their own, the rest holds nobody. */
    private static final Set<String> NOT_PERSONAL =
            Set.of("spring_session", "spring_session_attributes", "flyway_schema_history", "scheduled_tasks");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PersonalDataHolder> holders;

    @Test
    void everyColumnThatRefersToAPersonIsCoveredByTheExport() {
        Set<String> personColumns =
                new TreeSet<>(jdbc.sql("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema()
                  and column_name ~
                  '(user_id|person_id|account_id|email|requester_id|assignee_id|author_id|created_by)$'
                union
                select cl.relname || '.' || a.attname from pg_constraint c
                join pg_class cl on cl.oid = c.conrelid
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
                where c.contype = 'f' and c.confrelid = 'account_user'::regclass""").query(String.class).list());
        personColumns.removeIf(column -> NOT_PERSONAL.contains(column.substring(0, column.indexOf('.'))));
        Set<String> declared = new TreeSet<>();
        holders.forEach(holder -> declared.addAll(holder.personColumns()));

        assertThat(personColumns).isNotEmpty();
        assertThat(declared)
                .as("columns that refer to a person but no module exports")
                .containsAll(personColumns);
    }

    @Test
    void everyDeclaredColumnExistsAndItsTableIsExported() {
        Set<String> columns = Set.copyOf(jdbc.sql("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema()""").query(String.class).list());
        PersonalDataHolder.Subject nobody = new PersonalDataHolder.Subject(-1, "nobody@test.example");
        for (PersonalDataHolder holder : holders) {
            Set<String> exported = new TreeSet<>();
            holder.export(nobody).forEach(records -> exported.add(records.table()));
            for (String column : holder.personColumns()) {
                assertThat(columns).as(holder.getClass().getSimpleName()).contains(column);
                assertThat(exported)
                        .as(holder.getClass().getSimpleName() + " exports " + column)
                        .contains(column.substring(0, column.indexOf('.')));
            }
        }
    }
}
