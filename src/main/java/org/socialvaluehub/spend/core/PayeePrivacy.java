package org.socialvaluehub.spend.core;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which spend lines may name a person: a payee that reads like a person's name (no company or charity marker,
 * matched to no organisation), or an expense type that says something about the person paid (care packages, foster
 * care, direct payments). A buyer withholds such payees before import, as the transparency code allows.
 */
public final class PayeePrivacy {

    /** Why a line is flagged; {@code NONE} when it is not. */
    public enum Flag {
        NONE,
        PERSON_LIKE_PAYEE,
        SENSITIVE_EXPENSE_TYPE
    }

    // Words that mark an organisation rather than a person ("Smith & Sons", "Oxford City Council").
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "ltd",
            "limited",
            "plc",
            "llp",
            "lp",
            "llc",
            "inc",
            "cic",
            "cio",
            "co",
            "company",
            "corporation",
            "corp",
            "trust",
            "trustees",
            "council",
            "charity",
            "charitable",
            "foundation",
            "association",
            "society",
            "group",
            "services",
            "service",
            "solutions",
            "partnership",
            "partners",
            "school",
            "college",
            "academy",
            "university",
            "nhs",
            "hospital",
            "authority",
            "borough",
            "county",
            "district",
            "parish",
            "department",
            "ministry",
            "agency",
            "church",
            "club",
            "centre",
            "center",
            "housing",
            "homes",
            "care",
            "consulting",
            "consultancy",
            "consultants",
            "enterprises",
            "holdings",
            "international",
            "uk",
            "gb",
            "britain",
            "national",
            "federation",
            "institute",
            "union",
            "network",
            "project",
            "committee",
            "board",
            "office",
            "hmrc",
            "sons",
            "brothers",
            "bros",
            "and",
            "of",
            "the",
            "for",
            "hotel",
            "restaurant",
            "garage",
            "farm",
            "nursery",
            "pharmacy",
            "surgery",
            "practice",
            "studio",
            "studios",
            "media",
            "design",
            "systems",
            "supplies",
            "energy",
            "water",
            "construction",
            "builders",
            "motors",
            "taxis",
            "taxi",
            "cars",
            "transport",
            "travel",
            "catering",
            "cleaning",
            "security",
            "associates",
            "agencies",
            "community",
            "alliance",
            "ventures",
            "industries",
            "works");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "rev", "prof", "sir");
    // One name word: letters, maybe with a hyphen or apostrophe inside ("O'Neill", "Smith-Jones"), or an initial.
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*\\.?|\\p{L}\\.?");
    private static final List<String> SENSITIVE_TYPES = List.of(
            "care package",
            "foster",
            "fostering",
            "direct payment",
            "adoption",
            "special guardianship",
            "kinship",
            "personal budget",
            "residential care",
            "nursing care",
            "domiciliary",
            "home care",
            "supported living",
            "respite",
            "leaving care",
            "care leaver",
            "section 17",
            "s17",
            "child arrangement",
            "client payment",
            "client support",
            "personal allowance",
            "shared lives");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PayeePrivacy() {}

    /**
     * The flag of one line: a sensitive expense type first, since it tells something about whoever was paid;
     * then a person-like payee not matched to any organisation.
     */
    public static Flag classify(String payee, String expenseType, boolean matchedToOrganisation) {
        if (isSensitiveExpenseType(expenseType)) {
            return Flag.SENSITIVE_EXPENSE_TYPE;
        }
        return !matchedToOrganisation && looksLikePerson(payee) ? Flag.PERSON_LIKE_PAYEE : Flag.NONE;
    }

    /** Two to four name words (a title and initials allowed), no digits and no company or charity marker. */
    public static boolean looksLikePerson(String payee) {
        if (payee == null) {
            return false;
        }
        String text = Normalizer.normalize(payee.strip(), Normalizer.Form.NFKC);
        if (text.isEmpty() || text.chars().anyMatch(Character::isDigit) || text.contains("&") || text.contains("@")) {
            return false;
        }
        String[] words = SPACES.split(text.replace(",", " ").strip());
        int names = 0;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
            if (ORGANISATION_WORDS.contains(lower) || !NAME_WORD.matcher(word).matches()) {
                return false;
            }
            names += TITLES.contains(lower) ? 0 : 1;
        }
        return names >= 2 && names <= 4;
    }

    public static boolean isSensitiveExpenseType(String expenseType) {
        String text = typeKey(expenseType);
        return !text.isEmpty() && SENSITIVE_TYPES.stream().anyMatch(text::contains);
    }

    /**
     * An expense type as compared: lower case, hyphens as spaces, single spaces ("Care-Packages " → "care packages").
     */
    public static String typeKey(String expenseType) {
        if (expenseType == null) {
            return "";
        }
        return SPACES.matcher(expenseType.toLowerCase(Locale.ROOT).replace('-', ' '))
                .replaceAll(" ")
                .strip();
    }
}
