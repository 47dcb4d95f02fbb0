package org.socialvaluehub.organisations.directory;

import java.time.Duration;
import java.util.List;
import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.NavigationItem.Audience;
import org.socialvaluehub.shared.NavigationItem.Group;
import org.socialvaluehub.shared.PublicPaths;
import org.socialvaluehub.shared.RateLimitedPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory is public; its coordinator pages appear in the coordinators' navigation. */
@Configuration(proxyBeanMethods = false)
class DirectoryPages {

    @Bean
    PublicPaths directoryPublicPaths() {
        return PublicPaths.of(
                "/directory",
                "/directory/*",
                "/directory/export.csv",
                "/api/v1/organisations",
                "/api/v1/organisations/*");
    }

    /** The whole directory in one file is costly to make and easy to harvest: a few a minute per client. */
    @Bean
    RateLimitedPaths directoryExportLimit() {
        return new RateLimitedPaths(
                "directory-export-per-client", 10, Duration.ofMinutes(10), List.of("/directory/export.csv"));
    }

    @Bean
    NavigationItem directoryNavigation() {
        return new NavigationItem("nav.directory", "/directory", Audience.EVERYONE, 200);
    }

    @Bean
    NavigationItem credentialsToVerifyNavigation() {
        return new NavigationItem(
                "nav.credentialsToVerify",
                "/coordinator/credentials",
                Audience.COORDINATOR_DIRECTORY,
                930,
                Group.TEAM_DIRECTORY);
    }

    @Bean
    NavigationItem claimsNavigation() {
        return new NavigationItem(
                "nav.claims", "/coordinator/claims", Audience.COORDINATOR_DIRECTORY, 931, Group.TEAM_DIRECTORY);
    }

    @Bean
    NavigationItem duplicatesNavigation() {
        return new NavigationItem(
                "nav.duplicates", "/coordinator/duplicates", Audience.COORDINATOR_DIRECTORY, 932, Group.TEAM_DIRECTORY);
    }
}
