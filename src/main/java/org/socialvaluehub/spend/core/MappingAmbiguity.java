package org.socialvaluehub.spend.core;

import java.util.List;

/**
 * A field that more than one column could be, left unmapped until the person chooses.
 *
 * @param field the spend field in doubt
 * @param columns the candidate columns, numbered from 1 as a spreadsheet shows them
 * @param reason what the person needs to decide
 */
public record MappingAmbiguity(SpendField field, List<Integer> columns, String reason) {

    public MappingAmbiguity {
        columns = List.copyOf(columns);
    }
}
