/** Keeping the directory right: people claim existing profiles; coordinators approve claims and merge duplicates. */
package org.socialvaluehub.organisations.quality;
