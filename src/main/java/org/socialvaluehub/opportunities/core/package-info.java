/**
 * The opportunities module's pure rules: value bands, which opportunities a saved search matches,
 * how well a directory supplier fits an opportunity, and the iCalendar text format. Plain Java.
 */
@org.springframework.modulith.NamedInterface("core")
package org.socialvaluehub.opportunities.core;
