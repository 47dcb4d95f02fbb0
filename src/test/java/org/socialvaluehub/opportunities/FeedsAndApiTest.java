package org.socialvaluehub.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@HubTest
class FeedsAndApiTest {

    @Autowired
    Pipeline pipeline;

    @Autowired
    Opportunities opportunities;

    @Autowired
    People people;

    @Autowired
    MockMvc mvc;

    @Test
    void theDeadlinesCalendarIsValidICalendar() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Calendar Council");
        long id = pipeline.createDraft(
                buyer,
                Drafts.contract(
                        "Hedges, verges; and a very long title that needs folding " + "because it goes on and on"));
        opportunities.moveTo(id, OpportunityStatus.OPEN);

        var response = mvc.perform(get("/opportunities/deadlines.ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        String ics = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replaceAll("\r\n", "")).doesNotContain("\n");
        assertThat(ics)
                .contains("UID:opportunity-" + id + "-deadline@localhost\r\n")
                .contains("DTSTAMP:");
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Deadline: Hedges\\, verges\\; and a very long title");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void theAtomFeedIsWellFormedAtomWithTheNewOpportunity() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Atom & Co Council");
        long id = pipeline.createDraft(buyer, Drafts.contract("Bins <and> recycling"));
        opportunities.moveTo(id, OpportunityStatus.PLANNED);

        byte[] xml = mvc.perform(get("/opportunities/feed.atom"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));

        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id")
                        .getLength())
                .isPositive();
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated")
                        .item(0)
                        .getParentNode())
                .isEqualTo(feed);
        NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        boolean found = false;
        for (int i = 0; i < titles.getLength(); i++) {
            found |= titles.item(i).getTextContent().equals("Bins <and> recycling");
        }
        assertThat(found).isTrue();
    }

    @Test
    void theApiSearchesPublishedOpportunitiesWithTheListingsFiltersAndHidesDrafts() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Api Council");
        String word = "quokka" + System.nanoTime();
        long open = pipeline.createDraft(buyer, Drafts.contract("Open " + word));
        long draft = pipeline.createDraft(buyer, Drafts.contract("Draft " + word));
        opportunities.moveTo(open, OpportunityStatus.OPEN);

        String json = mvc.perform(get("/api/v1/opportunities")
                        .param("q", word)
                        .param("kind", "CONTRACT")
                        .param("sme", "true")
                        .param("buyer", String.valueOf(buyer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(json)
                .contains("\"total\":1")
                .contains("\"id\":" + open)
                .contains("\"status\":\"OPEN\"")
                .doesNotContain("Draft " + word);
        mvc.perform(get("/api/v1/opportunities/" + open)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/opportunities/" + draft)).andExpect(status().isNotFound());
        String none = mvc.perform(get("/api/v1/opportunities").param("q", word).param("kind", "GRANT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(none).contains("\"total\":0");
    }
}
