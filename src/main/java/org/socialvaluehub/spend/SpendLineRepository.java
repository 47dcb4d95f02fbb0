package org.socialvaluehub.spend;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Writes spend lines: the file's accepted lines are streamed with {@code COPY} into a temporary staging table of the
 * import's transaction, then the new ones move into {@code spend_line} in one statement, skipping lines imported before.
 */
@Repository
class SpendLineRepository {

    private static final String STAGE = """
        create temp table if not exists spend_stage (fingerprint bytea, line_no bigint, payment_date date,
            amount_pence bigint, supplier_name text, supplier_key text, organisation_number text, transaction_id text,
            service_area text, expense_type text, purpose text, redacted boolean) on commit drop""";

    // Inserting in fingerprint order keeps the unique index's pages warm (one pass instead of random writes).
    private static final String MOVE = """
        with added as (
            insert into spend_line (buyer_id, import_id, fingerprint, line_no, payment_date, amount_pence, supplier_name,
                supplier_key, organisation_number, transaction_id, service_area, expense_type, purpose, redacted)
            select :buyer, :import, fingerprint, line_no, payment_date, amount_pence, supplier_name, supplier_key,
                organisation_number, transaction_id, service_area, expense_type, purpose, redacted
            from spend_stage order by fingerprint
            on conflict (buyer_id, fingerprint) do nothing
            returning amount_pence)
        select count(*), coalesce(sum(amount_pence), 0) from added""";

    /** How many staged lines were new, and their sum. */
    record Added(long lines, long pence) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    SpendLineRepository(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Starts staging lines on the current transaction's connection; the caller must finish or close it. */
    LineStage stage() {
        jdbc.sql(STAGE).update();
        jdbc.sql("truncate spend_stage").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new LineStage(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy spend_stage from stdin"), () -> DataSourceUtils.releaseConnection(connection, dataSource));
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("Spend lines could not be staged: " + e.getMessage(), e);
        }
    }

    /** Moves the staged lines that are new for the buyer into {@code spend_line}. */
    Added moveNew(long buyerId, long importId) {
        jdbc.sql("set local work_mem = '64MB'").update();
        return jdbc.sql(MOVE).param("buyer", buyerId).param("import", importId)
            .query((rs, i) -> new Added(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Refreshes the planner's statistics after a large import, before summaries are built from the lines. */
    void analyse() {
        jdbc.sql("analyze spend_line").update();
    }
}
