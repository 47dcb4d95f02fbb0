package org.socialvaluehub.shared;

/** What a person may do for one organisation; coordinators are partnership-wide and held apart. */
public enum Role {
    SUPPLIER,
    BUYER,
    EVALUATOR,
    ORG_ADMIN
}
