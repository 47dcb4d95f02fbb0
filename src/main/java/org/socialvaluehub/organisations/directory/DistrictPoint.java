package org.socialvaluehub.organisations.directory;

/** How many results sit in one postcode district, at its centroid, for the map. */
public record DistrictPoint(String district, double latitude, double longitude, long count) {}
