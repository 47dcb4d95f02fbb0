package org.socialvaluehub.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.SizeBand;

/**
 * Generates the demo suppliers: a realistic mix of legal forms and sizes (most small), spread over
 * the partnership's postcode districts in proportion to their population.
 */
final class DemoSuppliers {

    /** Legal forms with their share of demo suppliers, in percent. */
    private static final List<Object[]> LEGAL_FORMS = List.of(
            new Object[] {LegalForm.COMPANY, 50},
            new Object[] {LegalForm.CIC, 10},
            new Object[] {LegalForm.CHARITY, 12},
            new Object[] {LegalForm.CIO, 6},
            new Object[] {LegalForm.COOPERATIVE, 5},
            new Object[] {LegalForm.SOLE_TRADER, 12},
            new Object[] {LegalForm.PARTNERSHIP, 5});

    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private DemoSuppliers() {}

    static List<NewOrganisation> generate(int count, List<DemoArea.District> districts, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> names = new HashSet<>();
        List<NewOrganisation> suppliers = new ArrayList<>();
        while (suppliers.size() < count) {
            LegalForm form = legalForm(random);
            SizeBand size = size(random, form);
            String name = name(random, form);
            if (!names.add(name)) {
                continue;
            }
            String postcode =
                    postcode(random, DemoArea.weightedPick(random, districts).code());
            String company = form == LegalForm.COMPANY || form == LegalForm.CIC
                    ? String.format("%08d", 4_000_000 + random.nextInt(9_000_000))
                    : null;
            String charity = form == LegalForm.CHARITY || form == LegalForm.CIO
                    ? String.valueOf(1_100_000 + random.nextInt(100_000))
                    : null;
            suppliers.add(
                    new NewOrganisation(name, OrganisationKind.SUPPLIER, form, size, postcode, company, charity, true));
        }
        return suppliers;
    }

    private static LegalForm legalForm(SplittableRandom random) {
        int roll = random.nextInt(100);
        for (Object[] entry : LEGAL_FORMS) {
            roll -= (Integer) entry[1];
            if (roll < 0) {
                return (LegalForm) entry[0];
            }
        }
        return LegalForm.COMPANY;
    }

    private static SizeBand size(SplittableRandom random, LegalForm form) {
        if (form == LegalForm.SOLE_TRADER) {
            return SizeBand.MICRO;
        }
        int roll = random.nextInt(100); // roughly the UK business population, tilted towards bidders
        return roll < 58 ? SizeBand.MICRO : roll < 85 ? SizeBand.SMALL : roll < 95 ? SizeBand.MEDIUM : SizeBand.LARGE;
    }

    private static String name(SplittableRandom random, LegalForm form) {
        return switch (form) {
            case COMPANY -> DemoNames.business(random, random.nextBoolean() ? " Ltd" : " Limited");
            case CIC -> DemoNames.business(random, " CIC");
            case CHARITY, CIO -> DemoNames.cause(random);
            case COOPERATIVE -> DemoNames.business(random, " Co-operative");
            case SOLE_TRADER -> DemoNames.business(random, "");
            case PARTNERSHIP -> DemoNames.business(random, " LLP");
            case PUBLIC_BODY -> DemoNames.cause(random);
        };
    }

    private static String postcode(SplittableRandom random, String district) {
        return district + " " + random.nextInt(10) + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }
}
