package org.socialvaluehub.organisations.directory;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The directory page's results with their words already resolved, so the page template only copies text:
 * looking up four labels per result in the template cost more than the search itself.
 */
@Component
class ResultCards {

    static final int OFFER_LENGTH = 200;

    private final MessageSource messages;

    ResultCards(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * One result as listed: where its profile is, its name, facts, locality, distance, verified credentials and offer.
     */
    record Card(
            String path,
            String name,
            String facts,
            String locality,
            String distance,
            List<String> credentials,
            String offer) {}

    List<Card> of(List<DirectoryRow> rows, Locale locale) {
        NumberFormat kilometres = NumberFormat.getNumberInstance(locale);
        kilometres.setGroupingUsed(false);
        kilometres.setMinimumFractionDigits(1);
        kilometres.setMaximumFractionDigits(1);
        return rows.stream()
                .map(r -> new Card(
                        "/directory/" + r.id(),
                        r.name(),
                        word("legalForm." + r.legalForm(), locale) + " · " + word("sizeBand." + r.sizeBand(), locale)
                                + " · " + (r.district() == null ? "" : r.district()),
                        word("locality." + r.locality(), locale),
                        r.distanceKm() == null
                                ? null
                                : messages.getMessage(
                                        "directory.distance", new Object[] {kilometres.format(r.distanceKm())}, locale),
                        r.verifiedCredentials(),
                        abbreviate(r.socialValueOffer())))
                .toList();
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** As the page showed it before: at most 200 characters, ending in "..." when cut. */
    static String abbreviate(String offer) {
        return offer == null || offer.length() <= OFFER_LENGTH ? offer : offer.substring(0, OFFER_LENGTH - 3) + "...";
    }
}
