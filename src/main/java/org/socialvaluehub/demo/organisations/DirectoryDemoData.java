package org.socialvaluehub.demo.organisations;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.ProfileChanges;
import org.socialvaluehub.organisations.credentials.CredentialType;
import org.socialvaluehub.organisations.credentials.Credentials;
import org.socialvaluehub.organisations.credentials.NewCredential;
import org.socialvaluehub.organisations.profile.Categories;
import org.socialvaluehub.organisations.profile.Sites;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives demo suppliers directory profiles, deterministically from a seed: CPV codes and SIC sector by
 * their trade word, a social value offer, sometimes a second site and declared local shares, and
 * credentials of which some are verified, some claimed and some expired.
 */
@Service
public class DirectoryDemoData {

    private final Organisations organisations;
    private final Sites sites;
    private final Categories categories;
    private final Credentials credentials;
    private final Clock clock;

    DirectoryDemoData(
            Organisations organisations, Sites sites, Categories categories, Credentials credentials, Clock clock) {
        this.organisations = organisations;
        this.sites = sites;
        this.categories = categories;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Transactional
    public void fill(List<Long> supplierIds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CredentialType> types = credentials.types();
        LocalDate today = LocalDate.now(clock);
        for (long id : supplierIds) {
            Organisation o = organisations.find(id).orElseThrow();
            DemoTrades.Trade trade = DemoTrades.of(o.name());
            trade.cpv().forEach(code -> categories.add(id, code));
            String district = o.postcodeDistrict() == null ? "Oxfordshire" : o.postcodeDistrict();
            String offer =
                    MessageFormat.format(DemoTrades.OFFERS.get(random.nextInt(DemoTrades.OFFERS.size())), district);
            boolean declares = random.nextInt(100) < 40;
            organisations.updateProfile(
                    id,
                    new ProfileChanges(
                            o.name(),
                            o.legalForm(),
                            o.sizeBand(),
                            o.postcode(),
                            o.companyNumber(),
                            o.charityNumber(),
                            "https://"
                                    + o.name()
                                            .toLowerCase()
                                            .replaceAll("[^a-z]+", "-")
                                            .replaceAll("^-|-$", "") + ".example",
                            offer,
                            List.of(),
                            null,
                            trade.sic(),
                            declares ? 20 + random.nextInt(61) : null,
                            declares ? 50 + random.nextInt(46) : null));
            if (random.nextInt(100) < 30) {
                sites.add(
                        id, "Second site", DemoTrades.SECOND_SITES.get(random.nextInt(DemoTrades.SECOND_SITES.size())));
            }
            int held = random.nextInt(100) < 60 || id == supplierIds.get(0) ? 1 + random.nextInt(3) : 0;
            for (int i = 0; i < held; i++) {
                credential(id, types.get(random.nextInt(types.size())), random, today);
            }
        }
    }

    /**
     * Gives a demo organisation the CPV categories its trade word implies ("Compass Catering Services Ltd": catering).
     */
    @Transactional
    public void categoriseByTrade(long id) {
        DemoTrades.of(organisations.find(id).orElseThrow().name()).cpv().forEach(code -> categories.add(id, code));
    }

    private void credential(long organisationId, CredentialType type, SplittableRandom random, LocalDate today) {
        int roll = random.nextInt(100);
        boolean expired = roll >= 80;
        LocalDate expires =
                expired ? today.minusDays(1 + random.nextInt(180)) : today.plusDays(60 + random.nextInt(700));
        String level = type.levels().isEmpty()
                ? null
                : type.levels().get(random.nextInt(type.levels().size()));
        long id = credentials.claim(
                organisationId,
                new NewCredential(
                        type.code(),
                        level,
                        "https://evidence.example/" + type.code().toLowerCase() + "/" + organisationId,
                        null,
                        expires));
        if (roll < 50) {
            credentials.verify(id, "Cara Coordinator");
        } else if (expired) {
            credentials.expire(id);
        }
    }
}
