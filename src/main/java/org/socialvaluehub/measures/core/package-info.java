/**
 * The pure-Java heart of the framework: value types, the valuation formula, price rebasing, counting
 * rules, version comparison, priority weights and the framework CSV format. No Spring, JDBC or
 * Jackson here, so every rule can be tested on its own and reproduced years later. Other modules may
 * use these types (a pinned {@link org.socialvaluehub.measures.core.Framework}, its measures, values
 * and {@link org.socialvaluehub.measures.core.ValueRange}s) through the {@code core} named interface.
 */
@org.springframework.modulith.NamedInterface("core")
package org.socialvaluehub.measures.core;
