package org.socialvaluehub.mail;

import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.NavigationItem.Audience;
import org.socialvaluehub.shared.NavigationItem.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the outbox appears in the navigation. */
@Configuration(proxyBeanMethods = false)
class MailPages {

    @Bean
    NavigationItem coordinatorOutboxNavigation() {
        return new NavigationItem(
                "nav.outbox", "/coordinator/outbox", Audience.COORDINATOR_PLATFORM, 920, Group.TEAM_PLATFORM);
    }
}
