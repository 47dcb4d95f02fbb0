package org.socialvaluehub.evaluation;

import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.NavigationItem.Audience;
import org.socialvaluehub.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where evaluations appear in the navigation, and the published models anyone may read. */
@Configuration(proxyBeanMethods = false)
class EvaluationPages {

    @Bean
    PublicPaths evaluationPublicPaths() {
        return PublicPaths.of("/evaluations/*/how-bids-are-scored");
    }

    @Bean
    NavigationItem evaluationNavigation() {
        return new NavigationItem("nav.evaluations", "/evaluations", Audience.SIGNED_IN, 600);
    }
}
