package org.socialvaluehub.measures;

import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.NavigationItem.Audience;
import org.socialvaluehub.shared.NavigationItem.Group;
import org.socialvaluehub.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the framework pages appear in the navigation, and which of them anyone may read. */
@Configuration(proxyBeanMethods = false)
class MeasuresPages {

    @Bean
    PublicPaths measuresPublicPaths() {
        return PublicPaths.of("/framework", "/framework/**", "/api/v1/framework", "/api/v1/framework/**");
    }

    @Bean
    NavigationItem frameworkNavigation() {
        return new NavigationItem("nav.framework", "/framework", Audience.EVERYONE, 100);
    }

    @Bean
    NavigationItem coordinatorFrameworkNavigation() {
        return new NavigationItem(
                "nav.frameworkDraft",
                "/coordinator/framework",
                Audience.COORDINATOR_DIRECTORY,
                920,
                Group.TEAM_DIRECTORY);
    }
}
