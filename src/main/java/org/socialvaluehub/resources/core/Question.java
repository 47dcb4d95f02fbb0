package org.socialvaluehub.resources.core;

/** One self-assessment question and the dimension of maturity it counts towards. */
public record Question(long id, String dimension) {}
