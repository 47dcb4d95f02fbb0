package org.socialvaluehub.engagement;

import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.NavigationItem.Audience;
import org.socialvaluehub.shared.NavigationItem.Group;
import org.socialvaluehub.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where events and support appear in the navigation, and which event pages anyone may read. */
@Configuration(proxyBeanMethods = false)
class EngagementPages {

    @Bean
    PublicPaths engagementPublicPaths() {
        return PublicPaths.of("/events", "/events/*", "/events/*/calendar.ics", "/api/v1/events", "/api/v1/events/*");
    }

    @Bean
    NavigationItem eventsNavigation() {
        return new NavigationItem("nav.events", "/events", Audience.EVERYONE, 310);
    }

    @Bean
    NavigationItem supportNavigation() {
        return new NavigationItem("nav.support", "/support", Audience.SIGNED_IN, 910, Group.TAKE_PART);
    }

    @Bean
    NavigationItem coordinatorSupportNavigation() {
        return new NavigationItem(
                "nav.coordinatorSupport",
                "/coordinator/support",
                Audience.COORDINATOR_DIRECTORY,
                920,
                Group.TEAM_DIRECTORY);
    }
}
