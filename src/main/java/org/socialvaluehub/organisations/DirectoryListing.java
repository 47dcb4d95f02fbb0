package org.socialvaluehub.organisations;

/** Who sees a supplier in the directory: everyone (and the API), or only the partnership's signed-in members. */
public enum DirectoryListing {
    PUBLIC,
    PARTNERS
}
