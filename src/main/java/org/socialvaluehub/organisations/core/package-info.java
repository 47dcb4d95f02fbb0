/**
 * The directory's pure rules: register identifiers, name normalisation for duplicates, locality by
 * distance, CPV code matching and evidence file types. Plain Java, used by other modules too.
 */
@org.springframework.modulith.NamedInterface("core")
package org.socialvaluehub.organisations.core;
