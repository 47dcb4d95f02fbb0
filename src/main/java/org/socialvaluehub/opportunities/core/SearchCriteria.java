package org.socialvaluehub.opportunities.core;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A supplier's search over published opportunities (also what a saved search keeps): words, kind,
 * CPV division (two digits, or several separated by commas), value band, buyer, deadline no later than, suitability and
 * locality.
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
                && divisions(listing)
                && (valueBand == null || valueBand == listing.valueBand())
                && (buyerId == null || buyerId == listing.buyerId())
                && (deadlineBefore == null
                        || listing.deadline() != null && !listing.deadline().isAfter(deadlineBefore))
                && (!sme || listing.suitableSme())
                && (!vcse || listing.suitableVcse())
                && blankOr(locality, listing.locality());
    }

    /** A division, or several separated by commas (a supplier's categories): any of them matches. */
    private boolean divisions(Listing listing) {
        if (blank(division)) {
            return true;
        }
        List<String> wanted = Arrays.stream(division.split(","))
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .toList();
        return listing.cpvCodes().stream().anyMatch(code -> wanted.stream().anyMatch(code::startsWith));
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
