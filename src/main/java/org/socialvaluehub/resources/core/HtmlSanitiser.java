package org.socialvaluehub.resources.core;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML written by people (or rendered from their Markdown) down to text formatting, links,
 * tables and images: no script, no styles, no event handlers, and links only to http(s) and mail.
 */
public final class HtmlSanitiser {

    // Relative links (such as /resources/images/12) are resolved against this only to check them.
    private static final String BASE = "https://hub.invalid/";
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("div", "span")
            .addAttributes("h2", "id")
            .addAttributes("h3", "id")
            .addAttributes("h4", "id")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .preserveRelativeLinks(true);

    private HtmlSanitiser() {}

    public static String clean(String html) {
        return Jsoup.clean(html == null ? "" : html, BASE, SAFELIST);
    }
}
