package org.socialvaluehub.spend.core;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;

/** Builds raw records straight from FastCSV's buffer, saving the intermediate record and list of every row. */
final class RawRecordHandler extends AbstractBaseCsvCallbackHandler<RawRecord> {

    private String[] fields = new String[32];

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
        if (index == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[index] = length == 0 ? "" : new String(buffer, offset, length);
    }

    @Override
    protected RawRecord buildRecord() {
        return new RawRecord(getStartingLineNumber(), Arrays.copyOf(fields, getFieldCount()));
    }
}
