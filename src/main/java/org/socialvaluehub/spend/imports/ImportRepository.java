package org.socialvaluehub.spend.imports;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.socialvaluehub.spend.ImportResult;
import org.socialvaluehub.spend.core.RowProblem;
import org.socialvaluehub.spend.core.SpendCheckReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code spend_import} and its rejected rows. */
@Repository
public class ImportRepository {

    static final int REJECTIONS_KEPT = 200;
    private static final String SELECT = """
        select id, file_name, rows_read, rows_accepted, rows_rejected, rows_added, rows_redacted, rows_formula,
            added_pence, accepted_pence, already_pence, rejected_pence, file_total_pence,
            created_at from spend_import""";

    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(long buyerId, String fileName) {
        return jdbc.sql("""
                insert into spend_import (buyer_id, file_name, rows_read, rows_accepted, rows_rejected, rows_added,
                    rows_redacted, rows_formula, added_pence) values (:buyer, :file, 0, 0, 0, 0, 0, 0, 0)
                    returning id""")
                .param("buyer", buyerId)
                .param("file", fileName)
                .query(Long.class)
                .single();
    }

    public void finish(ImportResult result) {
        ImportResult.Money money = result.money();
        jdbc.sql("""
                update spend_import set rows_read = :read, rows_accepted = :accepted, rows_rejected = :rejected,
                    rows_added = :added, rows_redacted = :redacted, rows_formula = :formula,
                    added_pence = :pence, accepted_pence = :acceptedPence, already_pence = :already,
                    rejected_pence = :rejectedPence, file_total_pence = :fileTotal
                where id = :id""")
                .param("read", result.rowsRead())
                .param("accepted", result.rowsAccepted())
                .param("rejected", result.rowsRejected())
                .param("added", result.rowsAdded())
                .param("redacted", result.rowsRedacted())
                .param("formula", result.rowsWithFormula())
                .param("pence", money.addedPence())
                .param("acceptedPence", money.acceptedPence())
                .param("already", money.alreadyPence())
                .param("rejectedPence", money.rejectedPence())
                .param("fileTotal", money.fileTotalPence())
                .param("id", result.importId())
                .update();
        for (ImportResult.Earlier earlier : result.earlier()) {
            jdbc.sql("""
                    insert into spend_import_earlier (import_id, earlier_import_id, file_name,
                    imported_at, lines, pence)
                    values (:id, :earlier, :file, :at, :lines, :pence)""")
                    .param("id", result.importId())
                    .param("earlier", earlier.importId())
                    .param("file", earlier.fileName())
                    .param("at", Timestamp.from(earlier.at()))
                    .param("lines", earlier.lines())
                    .param("pence", earlier.pence())
                    .update();
        }
        for (SpendCheckReport.Rejection r : result.rejections()
                .subList(0, Math.min(REJECTIONS_KEPT, result.rejections().size()))) {
            jdbc.sql("insert into spend_rejection (import_id, line, reason) values (:id, :line, :reason) "
                            + "on conflict do nothing")
                    .param("id", result.importId())
                    .param("line", r.line())
                    .param("reason", RowProblem.encode(r.problems()))
                    .update();
        }
    }

    long addedPence(long importId) {
        return jdbc.sql("select added_pence from spend_import where id = :id")
                .param("id", importId)
                .query(Long.class)
                .single();
    }

    ImportSummary find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(ImportRepository::map)
                .single();
    }

    /** The buyer's latest imports, newest first. */
    List<ImportSummary> recent(long buyerId) {
        return jdbc.sql(SELECT + " where buyer_id = :buyer order by created_at desc limit 10")
                .param("buyer", buyerId)
                .query(ImportRepository::map)
                .list();
    }

    /** The earlier imports that an import's already imported rows came from. */
    List<ImportResult.Earlier> earlier(long importId) {
        return jdbc.sql("""
                select earlier_import_id, file_name, imported_at, lines, pence from spend_import_earlier
                where import_id = :id order by imported_at, earlier_import_id""")
                .param("id", importId)
                .query((rs, n) -> new ImportResult.Earlier(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    List<SpendCheckReport.Rejection> rejections(long importId) {
        return jdbc.sql("select line, reason from spend_rejection where import_id = :id order by line")
                .param("id", importId)
                .query((rs, n) -> new SpendCheckReport.Rejection(rs.getLong(1), RowProblem.decode(rs.getString(2))))
                .list();
    }

    private static ImportSummary map(ResultSet rs, int n) throws SQLException {
        return new ImportSummary(
                rs.getLong("id"),
                rs.getString("file_name"),
                rs.getLong("rows_read"),
                rs.getLong("rows_accepted"),
                rs.getLong("rows_rejected"),
                rs.getLong("rows_added"),
                rs.getLong("rows_redacted"),
                rs.getLong("rows_formula"),
                rs.getLong("added_pence"),
                money(rs),
                rs.getTimestamp("created_at").toInstant());
    }

    /** The import's money, or null for an import recorded before imports reconciled. */
    private static ImportResult.Money money(ResultSet rs) throws SQLException {
        Long accepted = (Long) rs.getObject("accepted_pence");
        return accepted == null
                ? null
                : new ImportResult.Money(
                        accepted,
                        rs.getLong("added_pence"),
                        rs.getLong("already_pence"),
                        rs.getLong("rejected_pence"),
                        (Long) rs.getObject("file_total_pence"));
    }

    /** One past import, as listed for the buyer. */
    record ImportSummary(
            long id,
            String fileName,
            long rowsRead,
            long rowsAccepted,
            long rowsRejected,
            long rowsAdded,
            long rowsRedacted,
            long rowsFormula,
            long addedPence,
            ImportResult.Money money,
            Instant at) {

        public BigDecimal added() {
            return BigDecimal.valueOf(addedPence, 2);
        }
    }
}
