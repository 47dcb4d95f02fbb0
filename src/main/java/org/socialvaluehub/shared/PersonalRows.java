package org.socialvaluehub.shared;

import org.socialvaluehub.shared.PersonalDataHolder.Records;
import org.socialvaluehub.shared.PersonalDataHolder.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a holder's own queries about one person, with {@code :id} and {@code :email} bound; each module
 * passes SQL on its own tables only.
 */
public final class PersonalRows {

    private final JdbcClient jdbc;
    private final Subject person;

    public PersonalRows(JdbcClient jdbc, Subject person) {
        this.jdbc = jdbc;
        this.person = person;
    }

    /** The rows a query finds, as a table's section of the export; the purpose is a message key. */
    public Records records(String table, String purpose, String sql) {
        return new Records(table, purpose, statement(sql).query().listOfRows());
    }

    /** Runs an update or delete, returning how many rows it changed. */
    public int update(String sql) {
        return statement(sql).update();
    }

    public int count(String sql) {
        return statement(sql).query(Integer.class).single();
    }

    private JdbcClient.StatementSpec statement(String sql) {
        return jdbc.sql(sql)
                .param("id", person.id())
                .param("email", person.email())
                .param("label", PersonalDataHolder.FORMER_MEMBER);
    }
}
