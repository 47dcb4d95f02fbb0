package org.socialvaluehub.measures.core;

/** A broad area of social value, such as "Jobs and skills", that groups outcomes. */
public record Theme(String code, String name) {}
