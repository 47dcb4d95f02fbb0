package org.socialvaluehub.web;

import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.NavigationItem.Audience;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shell's own place in the navigation, and the privacy notice's contacts from configuration. */
@Configuration(proxyBeanMethods = false)
class ShellPages {

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem("nav.home", "/", Audience.SIGNED_OUT, 0);
    }

    /** Signed in, "Home" is the person's own home: what waits for them. */
    @Bean
    NavigationItem signedInHomeNavigation() {
        return new NavigationItem("nav.home", HomeController.PATH, Audience.SIGNED_IN, 0);
    }

    @Bean
    PrivacyContacts privacyContacts(
            @Value("${svh.privacy.controller:${svh.partnership-name}}") String controller,
            @Value("${svh.privacy.contact:}") String contact,
            @Value("${svh.privacy.dpo-contact:}") String dpoContact,
            @Value("${svh.privacy.host:}") String host,
            @Value("${svh.privacy.mail-provider:}") String mailProvider) {
        return new PrivacyContacts(
                controller.strip(), contact.strip(), dpoContact.strip(), host.strip(), mailProvider.strip());
    }
}
