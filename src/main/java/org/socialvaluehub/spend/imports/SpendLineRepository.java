package org.socialvaluehub.spend.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.socialvaluehub.spend.ImportResult;
import org.socialvaluehub.spend.core.fast.FingerprintSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Writes spend lines with {@code COPY} on the import's transaction: straight into {@code spend_line} when the import
 * skips earlier lines itself, or into a temporary staging table whose new lines then move in one statement.
 */
@Repository
public class SpendLineRepository {

    private static final String COLUMNS = """
        buyer_id, import_id, fingerprint, line_no, payment_date, amount_pence, supplier_name, supplier_key,
        organisation_number, transaction_id, service_area, expense_type, purpose, redacted""";
    private static final String STAGE = """
        create temp table if not exists spend_stage (buyer_id bigint, import_id bigint, fingerprint bytea,
            line_no bigint, payment_date date, amount_pence bigint, supplier_name text, supplier_key text,
            organisation_number text, transaction_id text, service_area text, expense_type text, purpose text,
            redacted boolean) on commit drop""";
    private static final String MOVE = "with added as (insert into spend_line (" + COLUMNS + ") select distinct on"
            + " (s.fingerprint) " + COLUMNS
            + " from spend_stage s where not exists (select 1 from spend_line l where l.buyer_id = :buyer"
            + " and l.fingerprint = s.fingerprint) order by s.fingerprint, s.line_no returning amount_pence)"
            + " select count(*), coalesce(sum(amount_pence), 0) from added";

    /** Lines of this import's file found among the buyer's earlier lines, by the import that brought them in. */
    private static final String EARLIER = """
        select i.id, i.file_name, i.created_at, count(*), sum(l.amount_pence)
        from %s join spend_line l on l.fingerprint = %s and l.buyer_id = :buyer and l.import_id <> :import
        join spend_import i on i.id = l.import_id
        group by i.id, i.file_name, i.created_at order by i.created_at, i.id""";

    /** How many staged lines were new, and their sum. */
    public record Added(long lines, long pence) {}

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    SpendLineRepository(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** One import at a time per buyer (any app instance), so two imports never add the same line. */
    public void lockBuyer(long buyerId) {
        lockBuyer(jdbc, buyerId);
    }

    /** The same lock for anything else that writes a buyer's lines or summaries (a rebuild after the rules change). */
    public static void lockBuyer(JdbcClient jdbc, long buyerId) {
        jdbc.sql("select pg_advisory_xact_lock(30, hashtext(:buyer::text))")
                .param("buyer", buyerId)
                .query((rs, i) -> 1)
                .list();
    }

    /** The fingerprints of the buyer's lines, streamed in; null when there are more than {@code most}. */
    public FingerprintSet fingerprints(long buyerId, long most) {
        FingerprintSet seen = new FingerprintSet();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement query =
                connection.prepareStatement("select fingerprint from spend_line where buyer_id = ?")) {
            query.setFetchSize(10_000);
            query.setLong(1, buyerId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (seen.size() >= most) {
                        return null;
                    }
                    seen.add(rows.getBytes(1));
                }
            }
            return seen;
        } catch (SQLException e) {
            throw new IllegalStateException("Earlier spend lines could not be read: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Lines the caller knows to be new, copied straight into {@code spend_line}. */
    public LineStage direct(long buyerId, long importId) {
        return copy("spend_line", buyerId, importId);
    }

    /** Lines copied into a staging table, to be moved with {@link #moveNew}. */
    public LineStage staged(long buyerId, long importId) {
        jdbc.sql(STAGE).update();
        jdbc.sql("truncate spend_stage").update();
        return copy("spend_stage", buyerId, importId);
    }

    /** Moves the staged lines that are new for the buyer into {@code spend_line}. */
    public Added moveNew(long buyerId, long importId) {
        return jdbc.sql(MOVE)
                .param("buyer", buyerId)
                .query((rs, i) -> new Added(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** After {@link #moveNew}: the earlier imports that the staged lines which were not new came from. */
    public List<ImportResult.Earlier> earlierOfStaged(long buyerId, long importId) {
        return jdbc.sql(EARLIER.formatted("spend_stage s", "s.fingerprint"))
                .param("buyer", buyerId)
                .param("import", importId)
                .query(SpendLineRepository::earlier)
                .list();
    }

    /** The earlier imports that the lines with these fingerprints came from. */
    public List<ImportResult.Earlier> earlierOf(long buyerId, long importId, List<byte[]> fingerprints) {
        if (fingerprints.isEmpty()) {
            return List.of();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement query = connection.prepareStatement(EARLIER.replace(":buyer", "?")
                .replace(":import", "?")
                .formatted("unnest(?::bytea[]) f(fingerprint)", "f.fingerprint"))) {
            query.setArray(1, connection.createArrayOf("bytea", fingerprints.toArray(byte[][]::new)));
            query.setLong(2, buyerId);
            query.setLong(3, importId);
            List<ImportResult.Earlier> earlier = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    earlier.add(earlier(rows, 0));
                }
            }
            return earlier;
        } catch (SQLException e) {
            throw new IllegalStateException("Earlier spend lines could not be read: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static ImportResult.Earlier earlier(ResultSet rs, int n) throws SQLException {
        return new ImportResult.Earlier(
                rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getLong(4), rs.getLong(5));
    }

    private LineStage copy(String table, long buyerId, long importId) {
        return new LineStage(BinaryCopy.into(dataSource, table, COLUMNS), buyerId, importId);
    }
}
