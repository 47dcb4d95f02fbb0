package org.socialvaluehub.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Invented organisation names: word lists combined by a seeded random source, never real firms. */
final class DemoNames {

    private static final List<String> FIRST = List.of(
            "Amber",
            "Bramble",
            "Cherwell",
            "Copper",
            "Dovetail",
            "Evenlode",
            "Fernhill",
            "Foxglove",
            "Greenway",
            "Harcourt",
            "Hawthorn",
            "Isis",
            "Juniper",
            "Kestrel",
            "Larkrise",
            "Meadowsweet",
            "Millstream",
            "Northgate",
            "Oakleaf",
            "Otterbrook",
            "Pebble",
            "Quarry",
            "Riverside",
            "Rowan",
            "Saltway",
            "Sandstone",
            "Thistle",
            "Upland",
            "Vale",
            "Westwind",
            "Willow",
            "Windrush",
            "Yew Tree",
            "Blue Lias",
            "Chalk Hill",
            "Cotswold Edge",
            "Kingfisher",
            "Lodestar",
            "Ridgeway",
            "Starling",
            "Swallowtail",
            "Whitehorse",
            "Wychwood",
            "Beacon",
            "Cornerstone",
            "Hedgerow");
    private static final List<String> TRADE = List.of(
            "Cleaning",
            "Catering",
            "Building",
            "Landscapes",
            "Print",
            "Digital",
            "Joinery",
            "Electrical",
            "Plumbing",
            "Couriers",
            "Care",
            "Training",
            "Design",
            "Facilities",
            "Furniture",
            "Recycling",
            "Energy",
            "Security",
            "Events",
            "Translation",
            "Consulting",
            "Laundry",
            "Bakery",
            "Roofing",
            "Decorators",
            "Transport",
            "IT Services",
            "Ecology",
            "Surveying",
            "Signs",
            "Horticulture",
            "Bikes",
            "Repairs",
            "Engineering",
            "Media",
            "Legal",
            "Accountancy");
    private static final List<String> CAUSE = List.of(
            "Community Trust",
            "Foundation",
            "Food Bank",
            "Youth Project",
            "Arts Collective",
            "Community Kitchen",
            "Repair Café",
            "Employment Network",
            "Wellbeing Hub",
            "Carers Network",
            "Learning Trust",
            "Housing Association",
            "Green Spaces Trust",
            "Community Energy",
            "Furniture Reuse",
            "Skills Centre",
            "Social Supermarket",
            "Advice Centre");

    private DemoNames() {}

    static String business(SplittableRandom random, String suffix) {
        return pick(random, FIRST) + " " + pick(random, TRADE) + suffix;
    }

    static String cause(SplittableRandom random) {
        return pick(random, FIRST) + " " + pick(random, CAUSE);
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
