package org.socialvaluehub.spend;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** Writes spend lines in batches, one statement per batch, skipping lines already imported for the buyer. */
@Repository
class SpendLineRepository {

    private static final String INSERT = """
        insert into spend_line (buyer_id, import_id, fingerprint, line_no, payment_date, amount_pence, supplier_name,
            supplier_key, organisation_number, transaction_id, service_area, expense_type, purpose, redacted)
        select ?, ?, f, n, d, a, s, k, o, t, sa, e, p, r
        from unnest(?::bytea[], ?::bigint[], ?::date[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[], ?::boolean[]) as x(f, n, d, a, s, k, o, t, sa, e, p, r)
        on conflict (buyer_id, fingerprint) do nothing""";

    private final DataSource dataSource;

    SpendLineRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Lines gathered for one insert. */
    static final class Batch {
        final List<byte[]> fingerprints = new ArrayList<>();
        final List<Long> lineNumbers = new ArrayList<>();
        final List<Date> dates = new ArrayList<>();
        final List<Long> amounts = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        final List<String> numbers = new ArrayList<>();
        final List<String> transactions = new ArrayList<>();
        final List<String> areas = new ArrayList<>();
        final List<String> types = new ArrayList<>();
        final List<String> purposes = new ArrayList<>();
        final List<Boolean> redacted = new ArrayList<>();

        void add(byte[] fingerprint, long line, LocalDate date, long pence, String name, String key, String number,
                 String transaction, String area, String type, String purpose, boolean isRedacted) {
            fingerprints.add(fingerprint);
            lineNumbers.add(line);
            dates.add(Date.valueOf(date));
            amounts.add(pence);
            names.add(name);
            keys.add(key);
            numbers.add(number.isEmpty() ? null : number);
            transactions.add(transaction.isEmpty() ? null : transaction);
            areas.add(area);
            types.add(type);
            purposes.add(purpose);
            redacted.add(isRedacted);
        }

        int size() {
            return fingerprints.size();
        }
    }

    /** Inserts the batch in the current transaction; returns how many lines were new. */
    int insert(long buyerId, long importId, Batch batch) {
        if (batch.size() == 0) {
            return 0;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setLong(1, buyerId);
            statement.setLong(2, importId);
            int i = 3;
            statement.setArray(i++, connection.createArrayOf("bytea", batch.fingerprints.toArray(new byte[0][])));
            statement.setArray(i++, connection.createArrayOf("bigint", batch.lineNumbers.toArray(new Long[0])));
            statement.setArray(i++, connection.createArrayOf("date", batch.dates.toArray(new Date[0])));
            statement.setArray(i++, connection.createArrayOf("bigint", batch.amounts.toArray(new Long[0])));
            for (List<String> texts : List.of(batch.names, batch.keys, batch.numbers, batch.transactions, batch.areas,
                batch.types, batch.purposes)) {
                statement.setArray(i++, connection.createArrayOf("text", texts.toArray(new String[0])));
            }
            Array flags = connection.createArrayOf("boolean", batch.redacted.toArray(new Boolean[0]));
            statement.setArray(i, flags);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Spend lines could not be stored: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
