package org.socialvaluehub.spend.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The supplier matching queue: closest spellings first, a page at a time, decided one by one or ticked together. */
@HubTest
class SupplierMatchQueueTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    /** Names spelt exactly like the directory's (similarity 1), so they come before any other test's. */
    private List<String> suggestions(String tag, int count) {
        long organisation = people.organisation(OrganisationKind.SUPPLIER, tag + " Ltd");
        List<String> keys = IntStream.range(0, count)
                .mapToObj(i -> "%s %03d".formatted(tag.toLowerCase(), i))
                .toList();
        keys.forEach(key ->
                jdbc.sql("""
                        insert into spend_supplier_name (name_key, display_name, organisation_id,
                        status, method, similarity)
                        values (:key, :key, :org,
                        'SUGGESTED', 'FUZZY', 1)""").param("key", key).param("org", organisation).update());
        return keys;
    }

    private Document page(String path, String coordinator) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(people.signedIn(coordinator)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private String status(String key) {
        return jdbc.sql("select status from spend_supplier_name where name_key = :key")
                .param("key", key)
                .query(String.class)
                .single();
    }

    @Test
    void theQueueIsPagedAndTickedNamesAreConfirmedTogether() throws Exception {
        String tag = "Pagedmatch" + System.nanoTime();
        List<String> keys = suggestions(tag, SupplierMatchQueue.PAGE_SIZE + 5);
        String coordinator = people.coordinator();

        Document first = page("/coordinator/spend/matches", coordinator);
        assertThat(first.select("input[name=name]").eachAttr("value"))
                .containsExactlyElementsOf(keys.subList(0, SupplierMatchQueue.PAGE_SIZE));
        assertThat(first.select(".govuk-pagination__next a").attr("href"))
                .isEqualTo("/coordinator/spend/matches?page=2");
        assertThat(page("/coordinator/spend/matches?page=2", coordinator)
                        .select("input[name=name]")
                        .eachAttr("value"))
                .startsWith(
                        keys.subList(SupplierMatchQueue.PAGE_SIZE, keys.size()).toArray(String[]::new));
        assertThat(page("/coordinator/spend/matches?all=true", coordinator).select("input[name=name]:not([checked])"))
                .isEmpty();

        MvcResult decided = mvc.perform(post("/coordinator/spend/matches")
                        .with(csrf())
                        .with(people.signedIn(coordinator))
                        .param("name", keys.get(0), keys.get(1), keys.get(2))
                        .param("decision", "confirm"))
                .andReturn();

        assertThat(decided.getFlashMap().get("noticeArgument")).isEqualTo(3);
        assertThat(keys.subList(0, 3)).allMatch(key -> status(key).equals("CONFIRMED"));
        assertThat(status(keys.get(3))).isEqualTo("SUGGESTED");
    }

    @Test
    void aRowsOwnButtonRejectsThatNameOnlyAndNothingTickedIsRefused() throws Exception {
        String tag = "Rowmatch" + System.nanoTime();
        List<String> keys = suggestions(tag, 2);
        String coordinator = people.coordinator();

        mvc.perform(post("/coordinator/spend/matches")
                .with(csrf())
                .with(people.signedIn(coordinator))
                .param("name", keys.get(1))
                .param("reject", keys.get(0)));
        MvcResult nothing = mvc.perform(post("/coordinator/spend/matches")
                        .with(csrf())
                        .with(people.signedIn(coordinator))
                        .param("decision", "confirm"))
                .andReturn();

        assertThat(status(keys.get(0))).isEqualTo("REJECTED");
        assertThat(status(keys.get(1))).isEqualTo("SUGGESTED");
        assertThat(nothing.getFlashMap().get("error")).isEqualTo("spend.matches.noneTicked");
        assertThat(nothing.getResponse().getRedirectedUrl()).isEqualTo("/coordinator/spend/matches");
    }
}
