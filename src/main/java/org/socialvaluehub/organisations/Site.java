package org.socialvaluehub.organisations;

import org.socialvaluehub.organisations.core.Locality;

/** A place an organisation works from, with its postcode district and how local that is. */
public record Site(long id, long organisationId, String name, String postcode, String district, Locality locality) {}
