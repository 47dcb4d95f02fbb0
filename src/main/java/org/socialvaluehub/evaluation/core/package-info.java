/**
 * The evaluation maths in plain Java: a decision matrix of bids against criteria, the weighted sum with
 * its published scoring methods, TOPSIS and VIKOR as cross-checks, and the sensitivity analysis. No
 * framework, database or JSON here, so the numbers can be tested and reproduced on their own.
 */
@org.springframework.modulith.NamedInterface("core")
package org.socialvaluehub.evaluation.core;
