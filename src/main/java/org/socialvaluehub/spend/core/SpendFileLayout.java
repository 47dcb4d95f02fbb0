package org.socialvaluehub.spend.core;

/**
 * How a spend file is laid out, as found before its rows are read.
 *
 * @param format {@code CSV} for delimited text or {@code XLSX}
 * @param encoding the text encoding, or null for a workbook
 * @param delimiter the cell delimiter, or 0 for a workbook
 * @param headerRow the line of the header row counted from 1, or 0 when the file has none
 * @param headerWidth how many cells the header has, or 0 when there is none
 * @param mapping which column holds which field
 * @param headingSet the headings as {@link HeadingSet} compares them
 */
public record SpendFileLayout(
        String format,
        TextEncoding encoding,
        char delimiter,
        long headerRow,
        int headerWidth,
        ColumnMapping mapping,
        String headingSet) {}
