package org.socialvaluehub.spend.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Finds the header row among the first records of a file and maps its headings to spend fields. */
final class HeaderDetector {

    private HeaderDetector() {}

    /** The index of the header among the records, or -1 when none of them is a header. */
    static int find(List<RawRecord> records) {
        int best = -1;
        int bestScore = 1; // a header names at least two fields, so one stray word in a preamble is not one
        for (int i = 0; i < records.size(); i++) {
            int score = score(records.get(i).cells());
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static int score(String[] cells) {
        ColumnMapping mapping = map(cells);
        boolean keyField = mapping.column(SpendField.AMOUNT) > 0
                || mapping.column(SpendField.DATE) > 0
                || mapping.column(SpendField.SUPPLIER_NAME) > 0
                || !mapping.ambiguities().isEmpty();
        for (String cell : cells) {
            if (SpendDates.parse(cell) != null || Amounts.parsePence(cell) != Amounts.NOT_AN_AMOUNT) {
                return 0; // headings are words; a row holding a date or a sum is data
            }
        }
        return keyField ? mapping.columns().size() + mapping.ambiguities().size() : 0;
    }

    /**
     * Maps headings to fields; a field claimed equally by two columns, or a heading with two meanings, is left open.
     */
    static ColumnMapping map(String[] headings) {
        Map<SpendField, List<Integer>> claims = new EnumMap<>(SpendField.class);
        Map<SpendField, Integer> strengths = new EnumMap<>(SpendField.class);
        List<MappingAmbiguity> ambiguities = new ArrayList<>();
        for (int c = 0; c < headings.length; c++) {
            List<HeaderSynonyms.Match> matches = HeaderSynonyms.match(headings[c]);
            if (matches.size() > 1) {
                for (HeaderSynonyms.Match match : matches) {
                    ambiguities.add(new MappingAmbiguity(
                            match.field(),
                            List.of(c + 1),
                            String.format(
                                    "the heading '%s' in column %d could mean %s",
                                    Blanks.trim(headings[c]), c + 1, names(matches))));
                }
                continue;
            }
            for (HeaderSynonyms.Match match : matches) {
                Integer strongest = strengths.get(match.field());
                if (strongest == null || match.strength() < strongest) {
                    strengths.put(match.field(), match.strength());
                    claims.put(match.field(), new ArrayList<>(List.of(c + 1)));
                } else if (match.strength() == strongest) {
                    claims.get(match.field()).add(c + 1);
                }
            }
        }
        Map<SpendField, Integer> columns = new EnumMap<>(SpendField.class);
        Map<SpendField, String> names = new EnumMap<>(SpendField.class);
        for (Map.Entry<SpendField, List<Integer>> claim : claims.entrySet()) {
            List<Integer> candidates = claim.getValue();
            if (candidates.size() == 1) {
                columns.put(claim.getKey(), candidates.get(0));
                names.put(claim.getKey(), Blanks.trim(headings[candidates.get(0) - 1]));
            } else {
                ambiguities.add(new MappingAmbiguity(
                        claim.getKey(),
                        candidates,
                        String.format(
                                "columns %s could each be the %s",
                                headingsOf(headings, candidates), claim.getKey().key())));
            }
        }
        ambiguities.removeIf(a -> columns.containsKey(a.field()));
        return new ColumnMapping(columns, names, ColumnMapping.Source.HEADER, ambiguities);
    }

    private static String names(List<HeaderSynonyms.Match> matches) {
        return String.join(" or ", matches.stream().map(m -> m.field().key()).toList());
    }

    private static String headingsOf(String[] headings, List<Integer> columns) {
        return String.join(
                " and ",
                columns.stream()
                        .map(c -> c + " ('" + Blanks.trim(headings[c - 1]) + "')")
                        .toList());
    }
}
