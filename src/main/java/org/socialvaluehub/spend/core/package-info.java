/**
 * The spend file reader: plain Java that turns the messy spend files public bodies publish into checked rows.
 *
 * <p>No Spring, no SQL, no JSON here: {@link org.socialvaluehub.spend.core.SpendFileReader} opens a file,
 * {@link org.socialvaluehub.spend.core.SpendCheck} reports on it, and the import and the CLI build on them.
 */
@org.springframework.modulith.NamedInterface("core")
package org.socialvaluehub.spend.core;
