package org.socialvaluehub.opportunities.core;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * A supplier's search over published opportunities (also what a saved search keeps): words, kind,
 * CPV division (two digits), value band, buyer, deadline no later than, suitability and locality.
 * Every blank criterion matches everything.
 */
public record SearchCriteria(
        String query,
        String kind,
        String division,
        ValueBand valueBand,
        Long buyerId,
        Instant deadlineBefore,
        boolean sme,
        boolean vcse,
        String locality) {

    public static SearchCriteria everything() {
        return new SearchCriteria(null, null, null, null, null, null, false, false, null);
    }

    public static SearchCriteria followBuyer(long buyerId) {
        return new SearchCriteria(null, null, null, null, buyerId, null, false, false, null);
    }

    public boolean matches(Listing listing) {
        return words(listing)
                && blankOr(kind, listing.kind())
                && (blank(division) || listing.cpvCodes().stream().anyMatch(code -> code.startsWith(division)))
                && (valueBand == null || valueBand == listing.valueBand())
                && (buyerId == null || buyerId == listing.buyerId())
                && (deadlineBefore == null
                        || listing.deadline() != null && !listing.deadline().isAfter(deadlineBefore))
                && (!sme || listing.suitableSme())
                && (!vcse || listing.suitableVcse())
                && blankOr(locality, listing.locality());
    }

    private boolean words(Listing listing) {
        if (blank(query)) {
            return true;
        }
        String text = (listing.title() + " " + (listing.description() == null ? "" : listing.description()))
                .toLowerCase(Locale.UK);
        return Arrays.stream(query.toLowerCase(Locale.UK).split("\\s+"))
                .filter(w -> !w.isBlank())
                .allMatch(text::contains);
    }

    private static boolean blankOr(String wanted, String actual) {
        return blank(wanted) || wanted.equals(actual);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
