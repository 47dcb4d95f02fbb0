package org.socialvaluehub.spend.core;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** The rows of the first sheet of an XLSX workbook, streamed by fastexcel-reader, each cell as text. */
final class XlsxRecords implements RecordSource {

    private static final BigDecimal FLOAT_NOISE = new BigDecimal("0.000001");

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    XlsxRecords(Path file, ReaderLimits limits) throws SpendFileException {
        XlsxGuard.check(file, limits);
        try {
            workbook = new ReadableWorkbook(file.toFile());
            rows = workbook.getFirstSheet().openStream();
            iterator = rows.iterator();
        } catch (IOException | RuntimeException e) {
            throw new SpendFileException(
                    problemOf(e), "The file cannot be opened as an XLSX workbook: " + e.getMessage(), e);
        }
    }

    @Override
    public RawRecord next() throws SpendFileException {
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            Row row = iterator.next();
            String[] cells = new String[row.getCellCount()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = text(row.getCell(i));
            }
            return new RawRecord(row.getRowNum(), cells);
        } catch (RuntimeException e) {
            throw new SpendFileException(problemOf(e), "The workbook cannot be read: " + e.getMessage(), e);
        }
    }

    /** The XML parser refuses entities itself (one the guard could not see, in a part not in ASCII): say so. */
    private static SpendFileProblem problemOf(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null
                    && cause.getMessage().toLowerCase(Locale.ROOT).contains("entity")) {
                return SpendFileProblem.EXTERNAL_ENTITIES;
            }
        }
        return SpendFileProblem.NOT_A_TABLE;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.FORMULA || cell.getFormula() != null) {
            return "=" + cell.getFormula(); // the formula itself, as text: it is never evaluated
        }
        String raw = cell.getRawValue();
        if (cell.getType() == CellType.NUMBER && raw != null) {
            return number(raw);
        }
        return raw == null ? "" : raw;
    }

    /** Excel stores 412.5 as 412.49999999999994; the person typed pence, so noise below a millionth is rounded. */
    static String number(String raw) {
        try {
            BigDecimal value = new BigDecimal(raw);
            BigDecimal pence = value.setScale(2, RoundingMode.HALF_UP);
            if (value.scale() > 2 && value.subtract(pence).abs().compareTo(FLOAT_NOISE) < 0) {
                return pence.stripTrailingZeros().toPlainString();
            }
            return value.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
        workbook.close();
    }
}
