package org.socialvaluehub.organisations.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.DirectoryFixtures;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.OrganisationsMerged;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/** Merging two organisations moves the merged one's rows in every module to the survivor, and fails nowhere. */
@HubTest
class MergeAcrossModulesTest {

    @Autowired
    People people;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    Merges merges;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications publications;

    @Test
    void aMergedSuppliersRowsInEveryModuleMoveToTheSurvivor() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Merging Council");
        long survivor = people.organisation(OrganisationKind.SUPPLIER, "Kept Supplier");
        long merged = people.organisation(OrganisationKind.SUPPLIER, "Merged Supplier");
        long member = userId(people.person("merged-member", merged, Role.SUPPLIER, Role.ORG_ADMIN));
        long opportunity = opportunity(buyer);
        long credential = fixtures.credential(merged, "B_CORP", true);
        interest(opportunity, merged, member, "m@test.example");
        long question = insert("""
                insert into opp_question (opportunity_id, supplier_id, asked_by, question)
                values (?, ?, ?, 'When?')""", opportunity, merged, member);
        long bid = bid(opportunity, merged, "SUBMITTED");
        add(
                "insert into eval_conflict (opportunity_id, user_id, supplier_id, conflicted) values (?, ?, ?, true)",
                opportunity,
                member,
                merged);
        long registration = registration(event(member), member, merged);
        long pledge = pledge(merged, 2026);
        long result = insert("""
                insert into resource_journey_result (organisation_id, audience, taken_by)
                values (?, 'SUPPLIER', 'Tester')""", merged);
        String name = "merged supplier name " + System.nanoTime();
        add("""
                insert into spend_supplier_name (name_key, display_name, organisation_id, status)
                values (?, ?, ?, 'CONFIRMED')""", name, name, merged);

        merges.merge(survivor, merged);

        assertThat(of("select supplier_id from opp_interest where opportunity_id = ?", opportunity))
                .containsExactly(survivor);
        assertThat(of("select supplier_id from opp_question where id = ?", question))
                .containsExactly(survivor);
        assertThat(of("select supplier_id from eval_bid where id = ?", bid)).containsExactly(survivor);
        assertThat(of("select supplier_id from eval_conflict where opportunity_id = ?", opportunity))
                .containsExactly(survivor);
        assertThat(of("select organisation_id from eng_registration where id = ?", registration))
                .containsExactly(survivor);
        assertThat(of("select organisation_id from resource_pledge_commitment where id = ?", pledge))
                .containsExactly(survivor);
        assertThat(of("select organisation_id from resource_journey_result where id = ?", result))
                .containsExactly(survivor);
        assertThat(of("select organisation_id from spend_supplier_name where name_key = ?", name))
                .containsExactly(survivor);
        assertThat(of("select organisation_id from org_credential where id = ?", credential))
                .containsExactly(survivor);
        assertThat(of("select distinct organisation_id from account_membership where user_id = ?", member))
                .containsExactly(survivor);
    }

    @Test
    void aMergedBuyersOpportunitiesEvaluationsEventsAndFollowersMoveToTheSurvivor() throws Exception {
        long survivor = people.organisation(OrganisationKind.BUYER, "Kept Council");
        long merged = people.organisation(OrganisationKind.BUYER, "Merged Council");
        long organiser = userId(people.person("organiser", merged, Role.BUYER));
        long opportunity = opportunity(merged);
        add("""
                insert into eval_model (opportunity_id, buyer_id, price_weight, quality_weight, social_weight)
                values (?, ?, 40, 40, 20)""", opportunity, merged);
        long event = event(organiser);
        add("update eng_event set buyer_id = ? where id = ?", merged, event);
        long alert = insert("""
                insert into opp_alert (user_id, email, buyer_id, frequency, token)
                values (?, 'f@test.example', ?, 'DAILY', ?)""", organiser, merged, "merge-" + System.nanoTime());

        merges.merge(survivor, merged);

        assertThat(of("select buyer_id from opp_opportunity where id = ?", opportunity))
                .containsExactly(survivor);
        assertThat(of("select buyer_id from eval_model where opportunity_id = ?", opportunity))
                .containsExactly(survivor);
        assertThat(of("select buyer_id from eng_event where id = ?", event)).containsExactly(survivor);
        assertThat(of("select buyer_id from opp_alert where id = ?", alert)).containsExactly(survivor);
    }

    @Test
    void whereBothHaveTheSameRowOneStaysByTheStatedRule() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Clashing Council");
        long survivor = people.organisation(OrganisationKind.SUPPLIER, "Kept Clash");
        long merged = people.organisation(OrganisationKind.SUPPLIER, "Merged Clash");
        long keptUser = userId(people.person("kept", survivor, Role.SUPPLIER));
        long mergedUser = userId(people.person("merged", merged, Role.SUPPLIER));
        long opportunity = opportunity(buyer);
        long event = event(keptUser);
        interest(opportunity, survivor, keptUser, "kept@test.example");
        interest(opportunity, merged, mergedUser, "gone@test.example");
        bid(opportunity, survivor, "DRAFT");
        long submitted = bid(opportunity, merged, "SUBMITTED");
        long olderPledge = pledge(survivor, 2027);
        long newerPledge = pledge(merged, 2027);
        add("update resource_pledge_commitment set updated_at = now() - interval '1 day' where id = ?", olderPledge);
        long keptPlace = registration(event, keptUser, survivor);
        long mergedPlace = registration(event, mergedUser, merged);

        merges.merge(survivor, merged);

        assertThat(of("select email from opp_interest where opportunity_id = ?", opportunity))
                .containsExactly("kept@test.example");
        assertThat(of("select id from eval_bid where opportunity_id = ?", opportunity))
                .containsExactly(submitted);
        assertThat(of("select id from resource_pledge_commitment where organisation_id = ? and year = 2027", survivor))
                .containsExactly(newerPledge);
        assertThat(of(
                        "select id from eng_registration where event_id = ? and organisation_id = ? order by id",
                        event,
                        survivor))
                .containsExactly(keptPlace, mergedPlace);
    }

    @Test
    void aMoveLeftUnfinishedIsDoneWhenOutstandingPublicationsAreResubmitted() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Resubmitting Council");
        long survivor = people.organisation(OrganisationKind.SUPPLIER, "Kept Resubmitted");
        long merged = people.organisation(OrganisationKind.SUPPLIER, "Merged Resubmitted");
        long leftBehind = people.organisation(OrganisationKind.SUPPLIER, "Left Behind");
        long user = userId(people.person("left", leftBehind, Role.SUPPLIER));
        long opportunity = opportunity(buyer);
        merges.merge(survivor, merged);
        interest(opportunity, leftBehind, user, "left@test.example");
        // As if the opportunities listener had failed on merging leftBehind: its publication is still open.
        add("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                                               completion_attempts)
                select gen_random_uuid(), listener_id, event_type,
                       regexp_replace(serialized_event, '"mergedId": *[0-9]+', '"mergedId":' || ?), now(), 'FAILED', 1
                from event_publication
                where listener_id like '%OpportunityMerges%' and serialized_event ~ ('"mergedId": *' || ? || '\\D')
                """, leftBehind, merged);

        publications.resubmitIncompletePublications(publication ->
                publication.getEvent() instanceof OrganisationsMerged event && event.mergedId() == leftBehind);

        String interested = "select supplier_id from opp_interest where opportunity_id = ?";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> of(interested, opportunity).equals(List.of(survivor)));
        merges.awaitPublications(leftBehind);
    }

    private long opportunity(long buyer) {
        return insert("""
                insert into opp_opportunity (buyer_id, title, kind, status)
                values (?, 'Merge test', 'CONTRACT', 'OPEN')""", buyer);
    }

    private void interest(long opportunity, long supplier, long user, String email) {
        add(
                "insert into opp_interest (opportunity_id, supplier_id, user_id, email) values (?, ?, ?, ?)",
                opportunity,
                supplier,
                user,
                email);
    }

    private long bid(long opportunity, long supplier, String status) {
        return insert(
                "insert into eval_bid (opportunity_id, supplier_id, status) values (?, ?, ?)",
                opportunity,
                supplier,
                status);
    }

    private long event(long organiser) {
        return insert("""
                insert into eng_event (title, starts_at, ends_at, format, online_link, capacity, created_by)
                values ('Meet the buyer', now() + interval '7 days', now() + interval '7 days 2 hours', 'ONLINE',
                        'https://meet.example/x', 30, ?)""", organiser);
    }

    private long registration(long event, long user, long organisation) {
        return insert("""
                insert into eng_registration (event_id, user_id, organisation_id, name, email, status)
                values (?, ?, ?, 'A Person', 'person@test.example', 'REGISTERED')""", event, user, organisation);
    }

    private long pledge(long organisation, int year) {
        return insert("""
                insert into resource_pledge_commitment (organisation_id, pledge_id, year)
                values (?, (select min(id) from resource_pledge where category = 'SUPPLIER'), ?)
                """, organisation, year);
    }

    private long userId(String email) {
        return jdbc.sql("select id from account_user where email = ?")
                .params(email)
                .query(Long.class)
                .single();
    }

    private long insert(String sql, Object... values) {
        return jdbc.sql(sql + " returning id").params(values).query(Long.class).single();
    }

    private void add(String sql, Object... values) {
        jdbc.sql(sql).params(values).update();
    }

    private List<Object> of(String sql, Object... values) {
        return jdbc.sql(sql).params(values).query().singleColumn();
    }
}
