package org.socialvaluehub.spend.imports;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A {@code COPY … FROM STDIN (FORMAT binary)} on the current transaction's connection, fed with {@link CopyBinaryRows}.
 * Closing it before {@link #end} cancels the COPY (a failure or a stop part-way), so the transaction can roll back.
 */
final class BinaryCopy implements AutoCloseable {

    private final DataSource dataSource;
    private final Connection connection;
    private final CopyIn copy;

    private BinaryCopy(DataSource dataSource, Connection connection, CopyIn copy) {
        this.dataSource = dataSource;
        this.connection = connection;
        this.copy = copy;
    }

    /** Starts copying into the table's columns (a comma-separated list). */
    static BinaryCopy into(DataSource dataSource, String table, String columns) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin (format binary)");
            return new BinaryCopy(dataSource, connection, copy);
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("Spend data could not be stored: " + e.getMessage(), e);
        }
    }

    /** Sends the rows gathered so far and empties the buffer. */
    void send(CopyBinaryRows rows) {
        if (rows.size() == 0) {
            return;
        }
        try {
            copy.writeToCopy(rows.bytes(), 0, rows.size());
        } catch (SQLException e) {
            throw new IllegalStateException("Spend data could not be stored: " + e.getMessage(), e);
        }
        rows.clear();
    }

    /** Sends the rest and the end of the rows, and ends the COPY; returns the rows copied. */
    long end(CopyBinaryRows rows) {
        send(rows.end());
        try {
            return copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("Spend data could not be stored: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
