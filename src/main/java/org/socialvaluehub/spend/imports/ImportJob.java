package org.socialvaluehub.spend.imports;

import java.io.Serializable;

/** The background job that imports one uploaded spend file. */
record ImportJob(long uploadId) implements Serializable {}
