package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinator role split in three: who holds what, who changes it, and what each role opens. */
@HubTest
class CoordinatorRolesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    CoordinatorRoleRepository coordinatorRoles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CoordinatorTeam team;

    @Test
    void aCreatedCoordinatorHoldsEveryRole() {
        String email = People.uniqueEmail("created-coordinator");
        accounts.createCoordinator(email);

        assertThat(coordinatorRoles.rolesOf(accounts.idOf(email).orElseThrow()))
                .isEqualTo(EnumSet.allOf(CoordinatorRole.class));
    }

    @Test
    void aCoordinatorWithoutTheRightRoleIsRefused() throws Exception {
        String directory = people.coordinator(CoordinatorRole.DIRECTORY);
        String reporting = people.coordinator(CoordinatorRole.REPORTING);
        String platform = people.coordinator(CoordinatorRole.PLATFORM);

        for (String page : new String[] {"/coordinator/audit", "/coordinator/outbox", "/coordinator/coordinators"}) {
            assertThat(status(page, directory)).as(page).isEqualTo(403);
            assertThat(status(page, reporting)).as(page).isEqualTo(403);
            assertThat(status(page, platform)).as(page).isEqualTo(200);
        }
        assertThat(status("/coordinator/credentials", platform)).isEqualTo(403);
        assertThat(status("/coordinator/credentials", directory)).isEqualTo(200);
        assertThat(status("/coordinator/spend/matches", directory)).isEqualTo(403);
        assertThat(status("/coordinator/spend/matches", reporting)).isEqualTo(200);
    }

    @Test
    void noCoordinatorReadsABuyersOwnSpend() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Spend Keeping Council");

        assertThat(status("/spend?buyer=" + buyer, people.coordinator())).isEqualTo(403);
        assertThat(status("/spend/partnership", people.coordinator(CoordinatorRole.REPORTING)))
                .isEqualTo(200);
        assertThat(status("/spend/partnership", people.coordinator(CoordinatorRole.DIRECTORY)))
                .isEqualTo(403);
    }

    @Test
    void aPlatformAdministratorGrantsAndRevokesRolesAndEachChangeIsAudited() throws Exception {
        String platform = people.coordinator(CoordinatorRole.PLATFORM);
        String member = people.coordinator(CoordinatorRole.DIRECTORY);
        long memberId = accounts.idOf(member).orElseThrow();

        String page = mvc.perform(get("/coordinator/coordinators").with(people.signedIn(platform)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select("legend").text()).contains(member);

        assertThat(mvc.perform(post("/coordinator/coordinators/" + memberId + "/roles")
                                .with(csrf())
                                .param("roles", "REPORTING")
                                .with(people.signedIn(platform)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);

        assertThat(coordinatorRoles.rolesOf(memberId)).isEqualTo(Set.of(CoordinatorRole.REPORTING));
        assertThat(jdbc.sql("select event_type || ' ' || detail from account_audit_event where user_id = :id"
                                + " order by id")
                        .param("id", memberId)
                        .query(String.class)
                        .list())
                .contains(
                        "COORDINATOR_ROLE_GRANTED REPORTING by " + platform,
                        "COORDINATOR_ROLE_REVOKED DIRECTORY by " + platform);
        assertThat(status("/coordinator/credentials", member)).isEqualTo(403);
        assertThat(status("/coordinator/spend/matches", member)).isEqualTo(200);
    }

    @Test
    void aPersonWhoIsNotOnTheTeamGetsNoRolesFromTheCoordinatorsPage() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Not Team Council");
        String outsider = people.person("outsider", buyer, Role.BUYER);
        long outsiderId = accounts.idOf(outsider).orElseThrow();

        assertThat(mvc.perform(post("/coordinator/coordinators/" + outsiderId + "/roles")
                                .with(csrf())
                                .param("roles", "PLATFORM")
                                .with(people.signedIn(people.coordinator(CoordinatorRole.PLATFORM))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(coordinatorRoles.rolesOf(outsiderId)).isEmpty();
    }

    @Test
    void theLastPlatformAdministratorCannotGiveUpTheRole() {
        List<Long> holders = jdbc.sql("select user_id from account_coordinator_role where role = 'PLATFORM'")
                .query(Long.class)
                .list();
        jdbc.sql("delete from account_coordinator_role where role = 'PLATFORM'").update();
        String only = people.coordinator(CoordinatorRole.PLATFORM);
        long id = accounts.idOf(only).orElseThrow();
        try {
            CoordinatorTeam.Refusal refusal = team.setRoles(id, Set.of(CoordinatorRole.DIRECTORY), people.userOf(only));

            assertThat(refusal).isEqualTo(CoordinatorTeam.Refusal.LAST_PLATFORM_ADMINISTRATOR);
            assertThat(coordinatorRoles.rolesOf(id)).containsExactly(CoordinatorRole.PLATFORM);
        } finally {
            holders.forEach(holder -> coordinatorRoles.grant(holder, CoordinatorRole.PLATFORM));
        }
    }

    private int status(String url, String email) throws Exception {
        return mvc.perform(get(url).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
