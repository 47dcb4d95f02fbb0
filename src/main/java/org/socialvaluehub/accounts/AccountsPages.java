package org.socialvaluehub.accounts;

import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.NavigationItem.Audience;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the accounts pages appear in the navigation. */
@Configuration(proxyBeanMethods = false)
class AccountsPages {

    @Bean
    NavigationItem coordinatorBuyersNavigation() {
        return new NavigationItem("nav.buyers", "/coordinator/buyers", Audience.COORDINATOR, 900);
    }

    @Bean
    NavigationItem coordinatorAuditNavigation() {
        return new NavigationItem("nav.audit", "/coordinator/audit", Audience.COORDINATOR, 910);
    }

    @Bean
    NavigationItem coordinatorPeopleNavigation() {
        return new NavigationItem("nav.people", "/coordinator/people", Audience.COORDINATOR, 905);
    }
}
