package org.socialvaluehub.resources;

import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.NavigationItem.Audience;
import org.socialvaluehub.shared.NavigationItem.Group;
import org.socialvaluehub.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the resources, the journey and the pledges appear in the navigation, and which pages are public. */
@Configuration(proxyBeanMethods = false)
class ResourcesPages {

    @Bean
    PublicPaths resourcesPublicPaths() {
        return PublicPaths.of(
                "/resources",
                "/resources/**",
                "/api/v1/resources",
                "/api/v1/resources/**",
                "/pledges",
                "/pledges/organisations/*");
    }

    @Bean
    NavigationItem resourcesNavigation() {
        return new NavigationItem("nav.resources", "/resources", Audience.EVERYONE, 400);
    }

    @Bean
    NavigationItem journeyNavigation() {
        return new NavigationItem("nav.journey", "/journey", Audience.SIGNED_IN, 410, Group.TAKE_PART);
    }

    @Bean
    NavigationItem pledgesNavigation() {
        return new NavigationItem("nav.pledges", "/pledges", Audience.SIGNED_OUT, 420);
    }

    /** Signed in, the navigation bar has room for the person's own work: pledges move to their home page. */
    @Bean
    NavigationItem signedInPledgesNavigation() {
        return new NavigationItem("nav.pledges", "/pledges", Audience.SIGNED_IN, 420, Group.TAKE_PART);
    }

    @Bean
    NavigationItem coordinatorResourcesNavigation() {
        return new NavigationItem(
                "nav.coordinatorResources",
                "/coordinator/resources",
                Audience.COORDINATOR_DIRECTORY,
                940,
                Group.TEAM_DIRECTORY);
    }

    @Bean
    NavigationItem coordinatorJourneyNavigation() {
        return new NavigationItem(
                "nav.coordinatorJourney",
                "/coordinator/journey",
                Audience.COORDINATOR_DIRECTORY,
                945,
                Group.TEAM_DIRECTORY);
    }

    @Bean
    NavigationItem coordinatorPledgesNavigation() {
        return new NavigationItem(
                "nav.coordinatorPledges",
                "/coordinator/pledges",
                Audience.COORDINATOR_DIRECTORY,
                950,
                Group.TEAM_DIRECTORY);
    }
}
