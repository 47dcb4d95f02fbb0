package org.socialvaluehub.spend.core;

/** Why a whole spend file could not be read. */
public enum SpendFileProblem {
    MISSING,
    UNREADABLE,
    EMPTY,
    TOO_LARGE,
    NOT_A_TABLE,
    UNSUPPORTED_FORMAT,
    ZIP_BOMB,
    /** A workbook that declares a document type or entities, which can read files on the server (XXE). */
    EXTERNAL_ENTITIES,
    /** More of the rows than the import allows would be rejected: the columns are most likely wrong. */
    TOO_MANY_REJECTED
}
