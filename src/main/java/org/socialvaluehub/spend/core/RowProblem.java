package org.socialvaluehub.spend.core;

import java.util.ArrayList;
import java.util.List;

/**
 * One reason a row of a spend file is turned away: a code that the message bundle words
 * ({@code spend.row.problem.CODE}) and the values it quotes, so the wording is reviewed in one place.
 *
 * @param code what is wrong
 * @param args what the wording quotes, in order
 */
public record RowProblem(Code code, List<String> args) {

    /** What can be wrong with a row. */
    public enum Code {
        /** the row's cell count differs from the header's: cells, header cells */
        SHIFTED,
        NO_AMOUNT_COLUMN,
        AMOUNT_MISSING,
        /** the amount text */
        AMOUNT_NOT_MONEY,
        NO_DATE_COLUMN,
        DATE_MISSING,
        /** the date text */
        DATE_NOT_DATE,
        NO_SUPPLIER_COLUMN,
        SUPPLIER_MISSING,
        TOTAL_LINE,
        HEADER_ROW,
        /** a reason stored before reasons had codes: its text */
        OTHER
    }

    private static final char ARG = '\u001f';
    private static final char NEXT = '\u001e';

    public RowProblem {
        args = List.copyOf(args);
    }

    public static RowProblem of(Code code, Object... args) {
        List<String> texts = new ArrayList<>(args.length);
        for (Object arg : args) {
            texts.add(String.valueOf(arg));
        }
        return new RowProblem(code, texts);
    }

    /** The key of the wording in the message bundle. */
    public String messageKey() {
        return "spend.row.problem." + code.name();
    }

    /** The arguments as an array, as message sources take them. */
    public Object[] argArray() {
        return args.toArray();
    }

    /** The problems as one stored text: codes and arguments with control characters between them. */
    public static String encode(List<RowProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (RowProblem problem : problems) {
            if (!text.isEmpty()) {
                text.append(NEXT);
            }
            text.append(problem.code.name());
            for (String arg : problem.args) {
                text.append(ARG).append(arg);
            }
        }
        return text.toString();
    }

    /** The problems a stored text holds; a text stored before codes reads as one {@link Code#OTHER}. */
    public static List<RowProblem> decode(String text) {
        List<RowProblem> problems = new ArrayList<>();
        for (String part : text.split(String.valueOf(NEXT))) {
            String[] pieces = part.split(String.valueOf(ARG), -1);
            Code code = code(pieces[0]);
            if (code == null) {
                return List.of(of(Code.OTHER, text));
            }
            problems.add(new RowProblem(code, List.of(pieces).subList(1, pieces.length)));
        }
        return problems;
    }

    private static Code code(String name) {
        for (Code code : Code.values()) {
            if (code.name().equals(name)) {
                return code;
            }
        }
        return null;
    }
}
