package org.socialvaluehub.spend.imports;

import java.util.List;
import javax.sql.DataSource;
import org.socialvaluehub.spend.core.LineSummaries;
import org.socialvaluehub.spend.core.LineSums;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Puts what an import summed in memory into temporary tables on the import's transaction, by binary {@code COPY}: its
 * supplier spelling and expense type pairs, for the rules to flag, and its sums, in the shape {@link SummaryRepository}
 * adds to the summaries.
 */
@Repository
class SummaryStaging {

    private static final String PAIRS = """
        create temp table spend_pair (idx int, supplier_key text, supplier_name text, expense_type text)
        on commit drop""";
    private static final String SUMS = """
        create temp table spend_line_sums (summary int, month date, supplier_key text, service_area text,
            expense_type text, financial_year int, influenceable boolean, redacted boolean, pence bigint, lines bigint)
        on commit drop""";
    private static final String SUMS_COLUMNS =
            "summary, month, supplier_key, service_area, expense_type, financial_year,"
                    + " influenceable, redacted, pence, lines";

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
        CopyBinaryRows rows = new CopyBinaryRows(pairs.size() * 96 + 64);
        for (int i = 0; i < pairs.size(); i++) {
            LineSums.Pair pair = pairs.get(i);
            rows.row(4)
                    .int4(i)
                    .text(pair.supplierKey())
                    .text(pair.supplierName())
                    .text(pair.expenseType());
        }
        copy("spend_pair", "idx, supplier_key, supplier_name, expense_type", rows);
        boolean[] flags = new boolean[pairs.size()];
        jdbc.sql("select idx, " + SummaryRepository.INFLUENCEABLE + " from spend_pair p")
                .query(rs -> {
                    flags[rs.getInt(1)] = rs.getBoolean(2);
                });
        return flags;
    }

    /** The sums in {@code spend_line_sums}: summary 3 by month and supplier, 2 by month and category, 1 by year. */
    void sums(LineSummaries sums) {
        jdbc.sql("drop table if exists spend_line_sums").update();
        jdbc.sql(SUMS).update();
        CopyBinaryRows rows = new CopyBinaryRows(1 << 16);
        for (LineSummaries.BySupplier s : sums.bySupplier()) {
            rows.row(10)
                    .int4(3)
                    .date(s.month())
                    .text(s.supplierKey())
                    .none()
                    .none()
                    .none()
                    .bool(s.influenceable())
                    .bool(s.redacted())
                    .int8(s.pence())
                    .int8(s.lines());
        }
        for (LineSummaries.ByCategory s : sums.byCategory()) {
            rows.row(10)
                    .int4(2)
                    .date(s.month())
                    .none()
                    .text(s.serviceArea())
                    .text(s.expenseType())
                    .none()
                    .bool(s.influenceable())
                    .none()
                    .int8(s.pence())
                    .int8(s.lines());
        }
        for (LineSummaries.ByYear s : sums.byYear()) {
            rows.row(10)
                    .int4(1)
                    .none()
                    .text(s.supplierKey())
                    .none()
                    .text(s.expenseType())
                    .int4(s.financialYear())
                    .bool(true)
                    .bool(false)
                    .int8(s.pence())
                    .none();
        }
        copy("spend_line_sums", SUMS_COLUMNS, rows);
    }

    private void copy(String table, String columns, CopyBinaryRows rows) {
        try (BinaryCopy copy = BinaryCopy.into(dataSource, table, columns)) {
            copy.end(rows);
        }
    }
}
