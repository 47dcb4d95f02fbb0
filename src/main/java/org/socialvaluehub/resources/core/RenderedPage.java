package org.socialvaluehub.resources.core;

import java.util.List;

/** A page rendered from Markdown: safe HTML and the contents list made from its main headings. */
public record RenderedPage(String html, List<Heading> contents) {

    /** One entry of the contents list: the heading's anchor and its words. */
    public record Heading(String id, String text) {}
}
