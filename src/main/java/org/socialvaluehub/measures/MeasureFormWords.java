package org.socialvaluehub.measures;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialvaluehub.measures.core.FrameworkColumns;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The framework core's problems, which name CSV columns and values for the file's sake ("put 'default' in
 * deadweight_basis"), reworded for the measure form: its field labels and choices instead.
 */
@Component
class MeasureFormWords {

    private static final Pattern COLUMN = Pattern.compile(MeasureForm.COLUMNS.stream()
            .filter(c -> c.contains("_"))
            .sorted(Comparator.comparing(String::length).reversed())
            .map(Pattern::quote)
            .reduce((a, b) -> a + "|" + b)
            .map(names -> "\\b(" + names + ")\\b")
            .orElseThrow());

    private final MessageSource messages;

    MeasureFormWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The problem of a column in the form's words. */
    String reword(String column, String message) {
        if (FrameworkColumns.FACTORS.contains(column) && message.startsWith("is empty")) {
            return say(
                    "measure.factor.empty",
                    label(column + FrameworkColumns.BASIS_SUFFIX),
                    say("framework.basis.default"));
        }
        Matcher m = COLUMN.matcher(message);
        StringBuilder reworded = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(reworded, Matcher.quoteReplacement("‘" + label(m.group(1)) + "’"));
        }
        return m.appendTail(reworded).toString();
    }

    /** The label of the form field for a column ("Deadweight basis" for deadweight_basis). */
    String label(String column) {
        return messages.getMessage("measure.field." + MeasureForm.field(column), null, column, Locale.UK);
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
