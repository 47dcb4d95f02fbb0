package org.socialvaluehub.spend.suppliers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code spend_supplier_name}: supplier names as spend files write them, and who they are. */
@Repository
public class SupplierNameRepository {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    SupplierNameRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** What the resolver decided for a new name. */
    record Decision(String nameKey, Long organisationId, String status, String method, Double similarity) {}

    /**
     * A supplier name waiting for a coordinator, with the organisation it may be (its name filled in by the resolver).
     */
    public record Suggestion(
            String nameKey, String displayName, long organisationId, String organisationName, double similarity) {}

    /** Registers names not seen before, with the spelling to show people. */
    public void register(Map<String, String> displayNames) {
        if (displayNames.isEmpty()) {
            return;
        }
        batch(
                "insert into spend_supplier_name (name_key, display_name) values (?, ?) "
                        + "on conflict (name_key) do nothing",
                displayNames.entrySet(),
                (update, e) -> {
                    update.setString(1, e.getKey());
                    update.setString(2, e.getValue());
                });
    }

    List<String> newNames() {
        return jdbc.sql("select name_key from spend_supplier_name where status = 'NEW'")
                .query(String.class)
                .list();
    }

    /** Records the decisions in one batch. */
    void resolve(List<Decision> decisions) {
        batch(
                "update spend_supplier_name set organisation_id = ?, status = ?, method = ?, similarity = ? "
                        + "where name_key = ?",
                decisions,
                (update, d) -> {
                    update.setObject(1, d.organisationId(), Types.BIGINT);
                    update.setString(2, d.status());
                    update.setString(3, d.method());
                    update.setObject(4, d.similarity(), Types.NUMERIC);
                    update.setString(5, d.nameKey());
                });
    }

    /** Sets a statement's parameters from one item. */
    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private <T> void batch(String sql, Collection<T> items, Binder<T> binder) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(statement, item);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Supplier names could not be stored: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    public boolean decide(String nameKey, boolean confirm, long userId) {
        return jdbc.sql("""
                update spend_supplier_name set status = :status,
                    organisation_id = case when :confirm then organisation_id else null end,
                    method = case when :confirm then 'COORDINATOR' else method end,
                    decided_by = :user, decided_at = now()
                where name_key = :key and status = 'SUGGESTED'""")
                        .param("status", confirm ? "CONFIRMED" : "REJECTED")
                        .param("confirm", confirm)
                        .param("user", userId)
                        .param("key", nameKey)
                        .update()
                == 1;
    }

    public List<Suggestion> suggestions() {
        return jdbc.sql("""
                select name_key, display_name, organisation_id, similarity from spend_supplier_name
                where status = 'SUGGESTED' and organisation_id is not null
                order by similarity desc, display_name limit 200""")
                .query((rs, i) ->
                        new Suggestion(rs.getString(1), rs.getString(2), rs.getLong(3), null, rs.getDouble(4)))
                .list();
    }

    /** The organisation each resolved name is (matched automatically or confirmed by a coordinator). */
    public Map<String, Long> resolved() {
        String sql = """
                select name_key, organisation_id from spend_supplier_name
                where status in ('MATCHED', 'CONFIRMED')
                and organisation_id is not null""";
        return jdbc.sql(sql).query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Map<String, String> displayNames(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select name_key, display_name from spend_supplier_name where name_key in (:keys)")
                .param("keys", keys)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
