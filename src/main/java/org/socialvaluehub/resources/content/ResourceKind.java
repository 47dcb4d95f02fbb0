package org.socialvaluehub.resources.content;

/** The sorts of resource the library holds. */
public enum ResourceKind {
    GUIDE,
    CASE_STUDY,
    ACTION,
    PROGRAMME
}
