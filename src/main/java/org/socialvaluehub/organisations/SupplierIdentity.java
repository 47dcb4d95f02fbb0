package org.socialvaluehub.organisations;

/** A supplier's name and registration numbers, for matching the names other records give it (spend files). */
public record SupplierIdentity(long id, String name, String companyNumber, String charityNumber) {}
