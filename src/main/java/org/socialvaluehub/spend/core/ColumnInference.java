package org.socialvaluehub.spend.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Proposes a column mapping for a file without a header, from what the first rows contain.
 *
 * <p>Only fields that content can show are proposed (date, amount, supplier name, transaction id); the
 * proposal always needs a person's confirmation, and two equally likely columns are reported, not chosen.
 */
final class ColumnInference {

    private static final double MOST = 0.8;
    private static final Pattern ORGANISATION_WORD =
            Pattern.compile("\\b(ltd|limited|plc|llp|cic|inc|council|trust|company|co|partnership|association|society"
                    + "|charity|club|uk|llc|cio|foundation|school|university|nhs)\\b");

    private ColumnInference() {}

    static ColumnMapping infer(List<RawRecord> sample) {
        int width = sample.stream().mapToInt(r -> r.cells().length).max().orElse(0);
        Map<SpendField, Integer> columns = new EnumMap<>(SpendField.class);
        List<MappingAmbiguity> ambiguities = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        pick(
                SpendField.DATE,
                columnsWhere(sample, width, taken, ColumnInference::looksLikeDate, MOST),
                columns,
                ambiguities,
                taken);
        pick(
                SpendField.AMOUNT,
                columnsWhere(sample, width, taken, ColumnInference::looksLikeMoney, MOST),
                columns,
                ambiguities,
                taken);
        pick(
                SpendField.TRANSACTION_ID,
                columnsWhere(sample, width, taken, ColumnInference::looksLikeReference, MOST),
                columns,
                ambiguities,
                taken);
        List<Integer> names = best(sample, width, taken);
        pick(SpendField.SUPPLIER_NAME, names, columns, ambiguities, taken);
        return new ColumnMapping(columns, Map.of(), ColumnMapping.Source.INFERRED, ambiguities);
    }

    private static void pick(
            SpendField field,
            List<Integer> candidates,
            Map<SpendField, Integer> columns,
            List<MappingAmbiguity> ambiguities,
            Set<Integer> taken) {
        if (candidates.size() == 1) {
            columns.put(field, candidates.get(0));
            taken.add(candidates.get(0));
        } else if (candidates.size() > 1) {
            ambiguities.add(new MappingAmbiguity(
                    field, candidates, "columns " + candidates + " all look like the " + field.key()));
            taken.addAll(candidates);
        }
    }

    private static List<Integer> columnsWhere(
            List<RawRecord> sample, int width, Set<Integer> taken, Predicate<String> test, double share) {
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (taken.contains(c + 1)) {
                continue;
            }
            int filled = 0;
            int passing = 0;
            for (RawRecord record : sample) {
                String cell = c < record.cells().length ? record.cells()[c] : "";
                if (!Blanks.isBlank(cell)) {
                    filled++;
                    passing += test.test(cell) ? 1 : 0;
                }
            }
            if (filled > 0 && filled >= sample.size() * share && passing >= filled * share) {
                found.add(c + 1);
            }
        }
        return found;
    }

    /** Text columns where organisation words (Ltd, Trust, Council) are most common. */
    private static List<Integer> best(List<RawRecord> sample, int width, Set<Integer> taken) {
        List<Integer> best = new ArrayList<>();
        int bestHits = Math.max(1, sample.size() / 4);
        for (int c = 0; c < width; c++) {
            if (taken.contains(c + 1)) {
                continue;
            }
            int hits = 0;
            for (RawRecord record : sample) {
                String cell = c < record.cells().length ? record.cells()[c] : "";
                hits += ORGANISATION_WORD.matcher(cell.toLowerCase(Locale.ROOT)).find() ? 1 : 0;
            }
            if (hits > bestHits) {
                best.clear();
                bestHits = hits;
            }
            if (hits == bestHits && hits > 0) {
                best.add(c + 1);
            }
        }
        return best;
    }

    private static boolean looksLikeDate(String cell) {
        return SpendDates.parse(cell) != null && !Blanks.trim(cell).chars().allMatch(Character::isDigit);
    }

    private static boolean looksLikeMoney(String cell) {
        String trimmed = Blanks.trim(cell);
        return Amounts.parsePence(trimmed) != Amounts.NOT_AN_AMOUNT
                && (trimmed.contains(".") || trimmed.contains(",") || trimmed.contains("£"));
    }

    private static boolean looksLikeReference(String cell) {
        String trimmed = Blanks.trim(cell);
        boolean digit = trimmed.chars().anyMatch(Character::isDigit);
        boolean letter = trimmed.chars().anyMatch(Character::isLetter);
        return digit && letter && trimmed.length() >= 5 && trimmed.indexOf(' ') < 0;
    }
}
