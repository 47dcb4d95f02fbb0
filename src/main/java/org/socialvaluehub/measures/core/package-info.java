/**
 * The pure-Java heart of the framework: value types, the valuation formula, price rebasing, counting
 * rules, version comparison, priority weights and the framework CSV format. No Spring, JDBC or
 * Jackson here, so every rule can be tested on its own and reproduced years later.
 */
package org.socialvaluehub.measures.core;
