package org.socialvaluehub.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module that holds data about people: it names the columns that refer to a person, exports one
 * person's records for a subject access request, and erases them when they leave, keeping only what a
 * stated duty requires. Each module that holds person data declares one bean of this type, so the
 * accounts module serves people's rights without reading other modules' tables.
 */
public interface PersonalDataHolder {

    /** What a kept record shows instead of the name of someone who has left. */
    String FORMER_MEMBER = "Former member";

    /** The module's columns that refer to a person, as {@code table.column}. */
    Set<String> personColumns();

    /** Everything the module holds about the person, table by table. */
    List<Records> export(Subject person);

    /** Erases or anonymises the person's records; says, per table, what was done and which duty keeps the rest. */
    List<Erasure> erase(Subject person);

    /** The person whose data is asked for. */
    record Subject(long id, String email) {}

    /** One table's rows about the person; {@code purpose} is the message key that says why they are held. */
    record Records(String table, String purpose, List<Map<String, Object>> rows) {}

    /** What erasure did to one table; {@code keptUnder} is the message key naming the duty when records are kept. */
    record Erasure(String table, Outcome outcome, int rows, String keptUnder) {

        public static Erasure done(String table, Outcome outcome, int rows) {
            return new Erasure(table, outcome, rows, null);
        }

        public static Erasure kept(String table, int rows, String duty) {
            return new Erasure(table, Outcome.KEPT, rows, duty);
        }
    }

    /** What happened to a table's records. */
    enum Outcome {
        ERASED,
        ANONYMISED,
        KEPT
    }
}
