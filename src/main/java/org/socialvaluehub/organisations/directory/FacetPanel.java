package org.socialvaluehub.organisations.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The directory page's filter panel with every label already in words and the checkboxes already written
 * ({@link DirectoryHtml}): resolving a label and a count per checkbox in the template was most of the page's
 * rendering time.
 */
@Component
class FacetPanel {

    private final MessageSource messages;

    FacetPanel(MessageSource messages) {
        this.messages = messages;
    }

    /** One facet as shown: its legend and its checkboxes, written out as HTML. */
    record Group(String title, String param, String checkboxes) {}

    /** One checkbox: its element id, its value in the address, its label with the count, and whether it is ticked. */
    record Choice(String id, String value, String text, boolean selected) {}

    List<Group> of(List<FacetGroup> facets, Locale locale) {
        List<Group> groups = new ArrayList<>(facets.size());
        for (FacetGroup facet : facets) {
            List<Choice> choices = new ArrayList<>(facet.options().size());
            for (FacetGroup.Option option : facet.options()) {
                String label = option.messageKey() != null
                        ? messages.getMessage(option.messageKey(), null, locale)
                        : option.label();
                choices.add(new Choice(
                        facet.param() + "-" + choices.size(),
                        option.value(),
                        label + " (" + option.count() + ")",
                        option.selected()));
            }
            if (!choices.isEmpty()) {
                groups.add(new Group(
                        messages.getMessage(facet.titleKey(), null, locale),
                        facet.param(),
                        DirectoryHtml.checkboxes(facet.param(), choices)));
            }
        }
        return groups;
    }
}
