package org.socialvaluehub.spend;

import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.NavigationItem.Audience;
import org.socialvaluehub.shared.NavigationItem.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the spend pages appear in the navigation. */
@Configuration(proxyBeanMethods = false)
class SpendPages {

    @Bean
    NavigationItem spendNavigation() {
        return new NavigationItem("nav.spend", "/spend", Audience.BUYER, 500, Group.SPEND);
    }

    @Bean
    NavigationItem partnershipSpendNavigation() {
        return new NavigationItem("nav.spendPartnership", "/spend/partnership", Audience.PARTNERS, 510, Group.SPEND);
    }

    @Bean
    NavigationItem spendMatchesNavigation() {
        return new NavigationItem(
                "nav.spendMatches",
                "/coordinator/spend/matches",
                Audience.COORDINATOR_REPORTING,
                950,
                Group.TEAM_REPORTING);
    }
}
