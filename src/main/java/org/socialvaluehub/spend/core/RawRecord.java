package org.socialvaluehub.spend.core;

/** One record of a spend file as split into cells, before any meaning is given to them. */
record RawRecord(long line, String[] cells) {}
