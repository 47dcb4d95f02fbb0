package org.socialvaluehub.shared;

/**
 * One kind of work waiting for a person, shown on their home page: how many there are and the list that shows
 * them. The module that owns the work counts it, with the same query as the list the path opens; {@code order}
 * places it within its section.
 */
public record HomeTask(Section section, int order, String messageKey, String path, long count) {

    /** The part of the home page a task belongs to: one per role, shown to those who hold it. */
    public enum Section {
        SUPPLIER,
        BUYER,
        EVALUATOR,
        COORDINATOR
    }
}
