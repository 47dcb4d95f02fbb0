package org.socialvaluehub.organisations.directory;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the directory page's two long lists, the filter checkboxes and the results, as the template wrote them.
 * Thymeleaf checked every property read of its ~400 expressions a page against its list of forbidden types, which
 * cost more than the search; here every value is escaped as Thymeleaf escapes text (&lt; &gt; &amp; &quot; &#39;).
 */
final class DirectoryHtml {

    private DirectoryHtml() {}

    /** A facet's checkboxes, one GOV.UK checkbox item each. */
    static String checkboxes(String param, List<FacetPanel.Choice> choices) {
        StringBuilder html = new StringBuilder(choices.size() * 320);
        for (FacetPanel.Choice c : choices) {
            html.append("\n            <div class=\"govuk-checkboxes__item\">\n              <input"
                            + " class=\"govuk-checkboxes__input\" type=\"checkbox\" id=\"")
                    .append(escape(c.id()))
                    .append("\" name=\"")
                    .append(escape(param))
                    .append("\" value=\"")
                    .append(escape(c.value()))
                    .append(c.selected() ? "\" checked=\"checked\">" : "\">")
                    .append("\n              <label class=\"govuk-label govuk-checkboxes__label\" for=\"")
                    .append(escape(c.id()))
                    .append("\">")
                    .append(escape(c.text()))
                    .append("</label>\n            </div>");
        }
        return html.append("\n          ").toString();
    }

    /** The results as list items; {@code contextPath} goes before each profile's path, as {@code @{...}} put it. */
    static String results(List<ResultCards.Card> cards, String contextPath) {
        StringBuilder html = new StringBuilder(cards.size() * 700);
        for (ResultCards.Card r : cards) {
            html.append("\n        <li class=\"svh-result\">\n          <h3 class=\"govuk-heading-s"
                            + " govuk-!-margin-bottom-1\"><a class=\"govuk-link\" href=\"")
                    .append(escape(contextPath + r.path()))
                    .append("\">")
                    .append(escape(r.name()))
                    .append("</a></h3>")
                    .append("\n          <p class=\"govuk-body-s govuk-!-margin-bottom-1\">\n            <span>")
                    .append(escape(r.facts()))
                    .append("</span>\n            <strong class=\"govuk-tag govuk-tag--blue\">")
                    .append(escape(r.locality()))
                    .append("</strong>");
            if (r.distance() != null) {
                html.append("\n            <span>").append(escape(r.distance())).append("</span>");
            }
            html.append("\n          </p>");
            if (!r.credentials().isEmpty()) {
                html.append("\n          <p class=\"govuk-body-s govuk-!-margin-bottom-1\">");
                for (String credential : r.credentials()) {
                    html.append("\n            <strong class=\"govuk-tag govuk-tag--green\">")
                            .append(escape(credential))
                            .append("</strong>");
                }
                html.append("\n          </p>");
            }
            if (r.offer() != null) {
                html.append("\n          <p class=\"govuk-body-s\">")
                        .append(escape(r.offer()))
                        .append("</p>");
            }
            html.append("\n        </li>");
        }
        return html.append("\n      ").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
