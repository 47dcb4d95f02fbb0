package org.socialvaluehub.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Test helper: what a person reads on a page (its body text, not attributes such as datetime= or value=). */
public final class PageText {

    private static final Pattern MACHINE_DATE =
            Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(T[\\d:.]+Z?)?\\b|\\b\\d{2}:\\d{2}:\\d{2}\\b");

    private PageText() {}

    /** Every date or time in the body text written for machines ("2027-01-06", "2027-01-06T20:51:20Z", "20:51:20"). */
    public static List<String> machineDates(String html) {
        String text = Jsoup.parse(html).body().text();
        List<String> found = new ArrayList<>();
        Matcher m = MACHINE_DATE.matcher(text);
        while (m.find()) {
            found.add(text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 10)));
        }
        return found;
    }
}
