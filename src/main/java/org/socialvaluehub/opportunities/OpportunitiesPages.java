package org.socialvaluehub.opportunities;

import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.NavigationItem.Audience;
import org.socialvaluehub.shared.PublicPaths;
import org.socialvaluehub.shared.TokenPostPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the opportunities pages appear in the navigation, and which of them anyone may see. */
@Configuration(proxyBeanMethods = false)
class OpportunitiesPages {

    @Bean
    NavigationItem opportunitiesNavigation() {
        return new NavigationItem("nav.opportunities", "/opportunities", Audience.EVERYONE, 300);
    }

    @Bean
    PublicPaths opportunitiesPublicPaths() {
        return PublicPaths.of(
                "/opportunities",
                "/opportunities/feed.atom",
                "/opportunities/deadlines.ics",
                "/opportunities/unsubscribe/*",
                "/opportunities/{id:[0-9]+}",
                "/opportunities/{id:[0-9]+}/documents/*",
                "/api/v1/opportunities",
                "/api/v1/opportunities/*");
    }

    /** Mail programs unsubscribe in one click by POSTing to the alert's secret link, without a form token. */
    @Bean
    TokenPostPaths opportunitiesTokenPostPaths() {
        return TokenPostPaths.of("/opportunities/unsubscribe/*");
    }
}
