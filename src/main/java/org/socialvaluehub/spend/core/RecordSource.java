package org.socialvaluehub.spend.core;

import java.io.Closeable;

/** The records of one file, read one at a time so that memory does not grow with the file. */
interface RecordSource extends Closeable {

    /** The next record, or null at the end of the file. */
    RawRecord next() throws SpendFileException;
}
