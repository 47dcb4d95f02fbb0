package org.socialvaluehub.accounts;

import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.NavigationItem.Audience;
import org.socialvaluehub.shared.NavigationItem.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the accounts pages appear in the navigation. */
@Configuration(proxyBeanMethods = false)
class AccountsPages {

    @Bean
    NavigationItem coordinatorBuyersNavigation() {
        return new NavigationItem(
                "nav.buyers", "/coordinator/buyers", Audience.COORDINATOR_PLATFORM, 900, Group.TEAM_PLATFORM);
    }

    @Bean
    NavigationItem coordinatorAuditNavigation() {
        return new NavigationItem(
                "nav.audit", "/coordinator/audit", Audience.COORDINATOR_PLATFORM, 910, Group.TEAM_PLATFORM);
    }

    @Bean
    NavigationItem coordinatorTeamNavigation() {
        return new NavigationItem(
                "nav.coordinators",
                "/coordinator/coordinators",
                Audience.COORDINATOR_PLATFORM,
                905,
                Group.TEAM_PLATFORM);
    }

    @Bean
    NavigationItem coordinatorPeopleNavigation() {
        return new NavigationItem("nav.people", "/coordinator/people", Audience.COORDINATOR, 906, Group.TEAM_PLATFORM);
    }
}
