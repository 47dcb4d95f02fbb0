package org.socialvaluehub.opportunities;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.socialvaluehub.opportunities.core.CalendarText;
import org.socialvaluehub.opportunities.core.SearchCriteria;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.PublicAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The deadlines as an iCalendar feed (RFC 5545) and newly published opportunities as an Atom feed (RFC 4287). */
@RestController
class FeedController {

    private final OpportunityFinder finder;
    private final Organisations organisations;
    private final Clock clock;
    private final PublicAddress publicAddress;

    FeedController(OpportunityFinder finder, Organisations organisations, Clock clock, PublicAddress publicAddress) {
        this.finder = finder;
        this.organisations = organisations;
        this.clock = clock;
        this.publicAddress = publicAddress;
    }

    @GetMapping("/opportunities/deadlines.ics")
    ResponseEntity<String> deadlines() {
        String host = URI.create(publicAddress.url()).getHost();
        CalendarText ics = new CalendarText()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", "-//Social Value Hub//Opportunity deadlines//EN")
                .line("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", "Opportunity deadlines");
        Instant now = clock.instant();
        for (OpportunityDetails o : published()) {
            if (o.deadline() == null || o.status() == OpportunityStatus.CANCELLED) {
                continue;
            }
            ics.line("BEGIN", "VEVENT")
                    .line("UID", "opportunity-" + o.id() + "-deadline@" + host)
                    .time("DTSTAMP", now)
                    .time("DTSTART", o.deadline())
                    .text("SUMMARY", "Deadline: " + o.title())
                    .text("DESCRIPTION", publicAddress.url() + "/opportunities/" + o.id())
                    .line("URL", publicAddress.url() + "/opportunities/" + o.id())
                    .line("END", "VEVENT");
        }
        ics.line("END", "VCALENDAR");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .body(ics.toString());
    }

    @GetMapping("/opportunities/feed.atom")
    ResponseEntity<String> atom() {
        List<OpportunityDetails> newest = published().stream()
                .filter(o -> o.publishedAt() != null)
                .sorted((a, b) -> b.publishedAt().compareTo(a.publishedAt()))
                .limit(50)
                .toList();
        Instant updated = newest.stream()
                .map(OpportunityDetails::updatedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                """);
        xml.append("  <title>New opportunities</title>\n  <id>")
                .append(publicAddress.url())
                .append("/opportunities</id>\n")
                .append("  <link rel=\"self\" href=\"")
                .append(publicAddress.url())
                .append("/opportunities/feed.atom\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(publicAddress.url())
                .append("/opportunities\"/>\n")
                .append("  <updated>")
                .append(updated)
                .append("</updated>\n");
        var names = BuyerNames.of(organisations, newest);
        for (OpportunityDetails o : newest) {
            String link = publicAddress.url() + "/opportunities/" + o.id();
            xml.append("  <entry>\n    <title>")
                    .append(escape(o.title()))
                    .append("</title>\n")
                    .append("    <id>")
                    .append(link)
                    .append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(link)
                    .append("\"/>\n")
                    .append("    <published>")
                    .append(o.publishedAt())
                    .append("</published>\n")
                    .append("    <updated>")
                    .append(o.updatedAt())
                    .append("</updated>\n")
                    .append("    <author><name>")
                    .append(escape(names.getOrDefault(o.buyerId(), "Buyer")))
                    .append("</name></author>\n")
                    .append("    <summary>")
                    .append(escape(o.description() == null ? o.title() : o.description()))
                    .append("</summary>\n  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(xml.toString());
    }

    private List<OpportunityDetails> published() {
        return finder.search(SearchCriteria.everything(), null, 1, Integer.MAX_VALUE)
                .items();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""), "UTF-8");
    }
}
