package org.socialvaluehub.spend;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.socialvaluehub.spend.core.LineSums;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Puts what an import summed in memory into temporary tables on the import's transaction, by {@code COPY}: its supplier
 * spelling and expense type pairs, for the rules to flag, and its sums, in the shape {@link SummaryRepository} adds to
 * the summaries.
 */
@Repository
class SummaryStaging {

    private static final String PAIRS = """
        create temp table spend_pair (idx int, supplier_key text, supplier_name text, expense_type text) on commit drop""";
    private static final String SUMS = """
        create temp table spend_line_sums (summary int, month date, supplier_key text, service_area text,
            expense_type text, financial_year int, influenceable boolean, redacted boolean, pence bigint, lines bigint)
        on commit drop""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    SummaryStaging(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Whether each pair's spend is influenceable, by the same rules as {@link SummaryRepository#INFLUENCEABLE}. */
    boolean[] flags(List<LineSums.Pair> pairs) {
        jdbc.sql("drop table if exists spend_pair").update();
        jdbc.sql(PAIRS).update();
        StringBuilder rows = new StringBuilder(pairs.size() * 64);
        for (int i = 0; i < pairs.size(); i++) {
            LineSums.Pair pair = pairs.get(i);
            rows.append(i);
            for (String text : new String[] {pair.supplierKey(), pair.supplierName(), pair.expenseType()}) {
                CopyText.append(rows.append('\t'), text);
            }
            rows.append('\n');
        }
        copy("spend_pair", rows);
        boolean[] flags = new boolean[pairs.size()];
        jdbc.sql("select idx, " + SummaryRepository.INFLUENCEABLE + " from spend_pair p")
            .query(rs -> {
                flags[rs.getInt(1)] = rs.getBoolean(2);
            });
        return flags;
    }

    /** The sums in {@code spend_line_sums}: summary 3 by month and supplier, 2 by month and category, 1 by year. */
    void sums(LineSums.Summaries sums) {
        jdbc.sql("drop table if exists spend_line_sums").update();
        jdbc.sql(SUMS).update();
        StringBuilder rows = new StringBuilder(1 << 16);
        for (LineSums.BySupplier s : sums.bySupplier()) {
            row(rows, 3, s.month(), s.supplierKey(), null, null, null, s.influenceable(), s.redacted(), s.pence(), s.lines());
        }
        for (LineSums.ByCategory s : sums.byCategory()) {
            row(rows, 2, s.month(), null, s.serviceArea(), s.expenseType(), null, s.influenceable(), null, s.pence(),
                s.lines());
        }
        for (LineSums.ByYear s : sums.byYear()) {
            row(rows, 1, null, s.supplierKey(), null, s.expenseType(), s.financialYear(), true, false, s.pence(), null);
        }
        copy("spend_line_sums", rows);
        jdbc.sql("analyze spend_line_sums").update();
    }

    private static void row(StringBuilder rows, int summary, Object month, String supplierKey, String serviceArea,
                            String expenseType, Integer financialYear, Boolean influenceable, Boolean redacted, long pence,
                            Long lines) {
        rows.append(summary);
        for (Object value : new Object[] {month, supplierKey, serviceArea, expenseType, financialYear, influenceable,
            redacted, pence, lines}) {
            rows.append('\t');
            CopyText.append(rows, value == null ? null : value.toString());
        }
        rows.append('\n');
    }

    private void copy(String table, StringBuilder rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " from stdin", new StringReader(rows.toString()));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Spend summaries could not be staged: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
