/** Credentials organisations claim, with evidence and expiry, verified or rejected by coordinators. */
package org.socialvaluehub.organisations.credentials;
