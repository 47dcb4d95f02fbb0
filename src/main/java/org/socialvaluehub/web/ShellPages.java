package org.socialvaluehub.web;

import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.NavigationItem.Audience;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shell's own place in the navigation. */
@Configuration(proxyBeanMethods = false)
class ShellPages {

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem("nav.home", "/", Audience.EVERYONE, 0);
    }
}
