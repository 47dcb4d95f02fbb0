package org.socialvaluehub.resources.core;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders the Markdown coordinators write into sanitised HTML with GOV.UK Frontend's classes, and
 * lists its second-level headings as the contents of a step-by-step guide.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            HeadingAnchorExtension.builder().idPrefix("section-").build());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();
    private static final String[][] CLASSES = {
        {"h1", "govuk-heading-l"},
        {"h2", "govuk-heading-m"},
        {"h3", "govuk-heading-s"},
        {"h4", "govuk-heading-s"},
        {"p", "govuk-body"},
        {"a", "govuk-link"},
        {"ul", "govuk-list govuk-list--bullet"},
        {"ol", "govuk-list govuk-list--number"},
        {"table", "govuk-table"},
        {"thead", "govuk-table__head"},
        {"tbody", "govuk-table__body"},
        {"tr", "govuk-table__row"},
        {"th", "govuk-table__header"},
        {"td", "govuk-table__cell"},
        {"blockquote", "govuk-inset-text"},
        {"hr", "govuk-section-break govuk-section-break--visible"},
        {"img", "svh-resource-image"}
    };

    private Markdown() {}

    public static RenderedPage render(String markdown) {
        String unsafe = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document doc = Jsoup.parseBodyFragment(HtmlSanitiser.clean(unsafe));
        for (String[] tagAndClass : CLASSES) {
            doc.select(tagAndClass[0]).forEach(e -> e.addClass(tagAndClass[1]));
        }
        doc.outputSettings().prettyPrint(false);
        List<RenderedPage.Heading> contents =
                doc.select("h2[id]").stream().map(Markdown::heading).toList();
        return new RenderedPage(doc.body().html(), contents);
    }

    private static RenderedPage.Heading heading(Element h2) {
        return new RenderedPage.Heading(h2.id(), h2.text());
    }
}
