package org.socialvaluehub.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.socialvaluehub.spend.core.RowProblem;

/** The spend message bundle's words at a terminal: why rows are rejected is worded there, as on screen. */
final class SpendWords {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n/spend", Locale.UK);

    private SpendWords() {}

    /** The reasons in one line, as the web pages word them. */
    static String reasons(List<RowProblem> problems) {
        return problems.stream().map(SpendWords::reason).collect(Collectors.joining("; "));
    }

    static String reason(RowProblem problem) {
        return text(problem.messageKey(), problem.argArray());
    }

    /** A message with its arguments, formatted as Spring formats it: plain text when there are none. */
    static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(args);
    }
}
