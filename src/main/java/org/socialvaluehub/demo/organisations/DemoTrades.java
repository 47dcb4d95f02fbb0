package org.socialvaluehub.demo.organisations;

import java.util.List;
import java.util.Map;

/** What the demo suppliers' trade words mean: their CPV codes and SIC sector, and social value offers to pick from. */
final class DemoTrades {

    /** The CPV codes and SIC code of one trade. */
    record Trade(List<String> cpv, String sic) {}

    static final Map<String, Trade> BY_WORD = Map.ofEntries(
            Map.entry("Cleaning", new Trade(List.of("90910000", "90919200"), "81210")),
            Map.entry("Catering", new Trade(List.of("55520000", "55300000"), "56290")),
            Map.entry("Building", new Trade(List.of("45000000", "45210000"), "41201")),
            Map.entry("Landscapes", new Trade(List.of("77310000", "77300000"), "81300")),
            Map.entry("Print", new Trade(List.of("79810000"), "18129")),
            Map.entry("Digital", new Trade(List.of("72000000", "72413000"), "62012")),
            Map.entry("Joinery", new Trade(List.of("45421000"), "43320")),
            Map.entry("Electrical", new Trade(List.of("45310000"), "43210")),
            Map.entry("Plumbing", new Trade(List.of("45330000"), "43220")),
            Map.entry("Couriers", new Trade(List.of("64120000"), "53202")),
            Map.entry("Care", new Trade(List.of("85310000", "85311000"), "88100")),
            Map.entry("Training", new Trade(List.of("80500000"), "85590")),
            Map.entry("Design", new Trade(List.of("79822500"), "74100")),
            Map.entry("Facilities", new Trade(List.of("79993000", "50000000"), "81100")),
            Map.entry("Furniture", new Trade(List.of("39100000", "39130000"), "31090")),
            Map.entry("Recycling", new Trade(List.of("90514000"), "38320")),
            Map.entry("Energy", new Trade(List.of("09300000", "71314000"), "35110")),
            Map.entry("Security", new Trade(List.of("79710000"), "80100")),
            Map.entry("Events", new Trade(List.of("79952000"), "82302")),
            Map.entry("Translation", new Trade(List.of("79530000"), "74300")),
            Map.entry("Consulting", new Trade(List.of("79400000"), "70229")),
            Map.entry("Laundry", new Trade(List.of("98310000"), "96010")),
            Map.entry("Bakery", new Trade(List.of("15810000", "15612500"), "10710")),
            Map.entry("Roofing", new Trade(List.of("45261000", "45261900"), "43910")),
            Map.entry("Decorators", new Trade(List.of("45442100"), "43341")),
            Map.entry("Transport", new Trade(List.of("60100000"), "49410")),
            Map.entry("IT Services", new Trade(List.of("72000000", "72500000"), "62020")),
            Map.entry("Ecology", new Trade(List.of("90711000", "90700000"), "74901")),
            Map.entry("Surveying", new Trade(List.of("71355000"), "71129")),
            Map.entry("Signs", new Trade(List.of("34928470"), "73110")),
            Map.entry("Horticulture", new Trade(List.of("77300000"), "81300")),
            Map.entry("Bikes", new Trade(List.of("34430000", "50100000"), "95290")),
            Map.entry("Repairs", new Trade(List.of("50000000"), "95290")),
            Map.entry("Engineering", new Trade(List.of("71300000"), "71129")),
            Map.entry("Media", new Trade(List.of("79340000"), "73110")),
            Map.entry("Legal", new Trade(List.of("79100000"), "69102")),
            Map.entry("Accountancy", new Trade(List.of("79210000"), "69201")));

    /** Charities and community organisations: social work, training and community services. */
    static final Trade CAUSE = new Trade(List.of("85320000", "85312000", "80000000", "98000000"), "88990");

    static final List<String> OFFERS = List.of(
            "We recruit from {0} first and train two apprentices a year.",
            "Every member of staff is paid at least the real Living Wage, and we buy from local firms wherever we can.",
            "We offer work placements to young people leaving care and to people returning to work after prison.",
            "We are cutting our carbon: electric vans, green electricity and no waste to landfill by 2028.",
            "Our profits are reinvested in the community in {0}: free courses, food and advice for local families.",
            "We mentor small local businesses and pay every supplier within 14 days.",
            "Staff volunteer one day a month with local schools and charities in {0}.",
            "We employ people with disabilities and long-term health conditions and adapt every role to the person.");

    /** Districts for a second site: a mix of Oxfordshire, neighbouring districts and further away. */
    static final List<String> SECOND_SITES = List.of(
            "OX1 2JD",
            "OX4 6LB",
            "OX14 5EW",
            "OX16 9AA",
            "OX28 6EL",
            "SN7 7PL",
            "RG9 2AQ",
            "HP18 9AH",
            "NN13 5AA",
            "GL54 1AA",
            "MK18 1AA",
            "RG4 8LS",
            "B1 1AA",
            "M1 1AE",
            "SW1A 1AA");

    private DemoTrades() {}

    /** The trade of a business name ("Amber Cleaning Ltd" is Cleaning), or the charities' trade. */
    static Trade of(String name) {
        return BY_WORD.entrySet().stream()
                .filter(e -> name.contains(" " + e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(CAUSE);
    }
}
