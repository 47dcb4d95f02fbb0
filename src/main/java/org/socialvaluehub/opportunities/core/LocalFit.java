package org.socialvaluehub.opportunities.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks directory suppliers by how well they could deliver an opportunity locally. Only suppliers
 * that share a CPV division (first two digits) and are inside or near the area qualify; points:
 * same CPV group (first three digits) 3, division only 1; inside the area 3, neighbouring 1;
 * one per verified credential up to 2; and 2 when the opportunity is flagged suitable for SMEs or
 * for VCSE organisations and the supplier is one.
 */
public final class LocalFit {

    /** What the ranking needs to know about the opportunity. */
    public record Target(List<String> cpvCodes, boolean suitableSme, boolean suitableVcse) {}

    /** A directory supplier: its CPV codes (digits), locality name, verified credentials, SME and VCSE. */
    public record Candidate(
            long organisationId,
            String name,
            List<String> cpvCodes,
            String locality,
            int verifiedCredentials,
            boolean sme,
            boolean vcse) {}

    /** A qualifying supplier with its points and whether it matched on CPV group (else only division). */
    public record Fit(Candidate candidate, int score, boolean sameGroup) {}

    private LocalFit() {}

    public static List<Fit> rank(Target target, List<Candidate> candidates) {
        List<Fit> fits = new ArrayList<>();
        for (Candidate c : candidates) {
            int category = category(target.cpvCodes(), c.cpvCodes());
            int locality = switch (c.locality() == null ? "OUTSIDE" : c.locality()) {
                case "INSIDE" -> 3;
                case "NEIGHBOURING" -> 1;
                default -> 0;
            };
            if (category == 0 || locality == 0) {
                continue;
            }
            int size = (target.suitableSme() && c.sme()) || (target.suitableVcse() && c.vcse()) ? 2 : 0;
            fits.add(new Fit(c, category + locality + Math.min(c.verifiedCredentials(), 2) + size, category == 3));
        }
        fits.sort(Comparator.comparingInt(Fit::score)
                .reversed()
                .thenComparing(f -> f.candidate().name(), String.CASE_INSENSITIVE_ORDER));
        return fits;
    }

    private static int category(List<String> wanted, List<String> offered) {
        int best = 0;
        for (String w : wanted) {
            for (String o : offered) {
                if (w.length() >= 3 && o.length() >= 3 && w.regionMatches(0, o, 0, 3)) {
                    return 3;
                }
                if (w.length() >= 2 && o.length() >= 2 && w.regionMatches(0, o, 0, 2)) {
                    best = 1;
                }
            }
        }
        return best;
    }
}
