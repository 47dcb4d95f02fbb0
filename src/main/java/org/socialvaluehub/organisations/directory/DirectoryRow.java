package org.socialvaluehub.organisations.directory;

import java.util.List;

/** One organisation in a directory result: public facts only. */
public record DirectoryRow(
        long id,
        String name,
        String legalForm,
        String sizeBand,
        String locality,
        String district,
        String website,
        String socialValueOffer,
        Double latitude,
        Double longitude,
        Double distanceKm,
        List<String> verifiedCredentials) {

    DirectoryRow withCredentials(List<String> credentials) {
        return new DirectoryRow(
                id,
                name,
                legalForm,
                sizeBand,
                locality,
                district,
                website,
                socialValueOffer,
                latitude,
                longitude,
                distanceKm,
                List.copyOf(credentials));
    }
}
