package org.socialvaluehub.resources.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** The structured facts of a case study: who, what they did, and what changed, with numbers. */
public record CaseFacts(
        String organisationType,
        String organisationSize,
        String sector,
        String whatTheyDid,
        String outcome,
        String results,
        String contact) {

    public static final CaseFacts NONE = new CaseFacts("", "", "", "", "", "", "");

    /** The facts that are filled in, by name, in the order a case study page shows them. */
    public Map<String, String> filledIn() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("organisationType", organisationType);
        facts.put("organisationSize", organisationSize);
        facts.put("sector", sector);
        facts.put("whatTheyDid", whatTheyDid);
        facts.put("outcome", outcome);
        facts.put("results", results);
        facts.put("contact", contact);
        facts.values().removeIf(value -> value == null || value.isBlank());
        return facts;
    }

    public boolean isEmpty() {
        return (organisationType + organisationSize + sector + whatTheyDid + outcome + results + contact).isBlank();
    }
}
