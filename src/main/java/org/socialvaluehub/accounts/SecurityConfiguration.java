package org.socialvaluehub.accounts;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.PublicPaths;
import org.socialvaluehub.shared.RateLimitedPaths;
import org.socialvaluehub.shared.TokenPostPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.HandlerMapping;

/** Who may reach what, how people sign in and out, and the security headers on every answer. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** The content security policy, with the map tiles' origin ({@code svh.map.tile-url}) among the image sources. */
    static String contentSecurityPolicy(String tileUrl) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:"
                        + tileOrigin(tileUrl).map(origin -> " " + origin).orElse(""),
                "connect-src 'self'",
                "font-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** The scheme, host and port of a tile address such as https://{s}.tiles.example/{z}/{x}/{y}.png. */
    static Optional<String> tileOrigin(String tileUrl) {
        try {
            URI uri = URI.create(tileUrl.strip().replace("{s}", "subdomain").replaceAll("\\{[a-z]+}", "0"));
            if (uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
                return Optional.empty();
            }
            String host = tileUrl.contains("{s}.") ? uri.getHost().replaceFirst("^subdomain", "*") : uri.getHost();
            return Optional.of(uri.getScheme() + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm named in each hash so it can be upgraded in place later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<PublicPaths> publicPaths,
            SignInOutcomeHandlers outcomes,
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            RateLimits limits,
            ObjectProvider<RateLimitedPaths> limited,
            @Value("${svh.metrics.scrape-token:}") String scrapeToken,
            @Value("${svh.metrics.networks:}") List<String> metricsNetworks,
            @Value("${svh.map.tile-url:}") String tileUrl,
            ObjectProvider<TokenPostPaths> tokenPosts,
            ApiTokens apiTokens,
            @Value("${svh.api.requests-per-minute-per-token:600}") int apiRequestsPerMinute,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> pages)
            throws Exception {
        List<String> open = new ArrayList<>(List.of(
                "/",
                "/accessibility",
                "/privacy",
                "/cookies",
                "/error",
                "/sign-in",
                ExpiredFormHandler.PAGE,
                TooManyRequestsPage.PAGE,
                "/register",
                "/register/**",
                "/password/forgotten",
                "/password/forgotten/**",
                "/password/reset",
                "/invitations/**",
                "/assets/**",
                "/webjars/**",
                "/css/**",
                "/js/**",
                "/images/**",
                "/favicon.ico",
                "/favicon.svg",
                "/actuator/health",
                "/actuator/health/**",
                "/actuator/prometheus",
                // Answers 401 itself without a partner token, as an API should, rather than sending to sign in.
                "/api/v1/token"));
        publicPaths.forEach(paths -> open.addAll(paths.patterns()));
        // The only manager, with no parent: a provider also known to a global manager would be asked twice
        // after a wrong password, counting each failure twice.
        ProviderManager signIn = new ProviderManager(new ThrottledAuthenticationProvider(users, encoder, throttle));
        http.authenticationManager(signIn)
                .authorizeHttpRequests(requests -> requests.requestMatchers(open.toArray(String[]::new))
                        .permitAll()
                        .requestMatchers(CoordinatorPaths.DIRECTORY)
                        .hasAuthority(AccountPrincipal.authority(CoordinatorRole.DIRECTORY))
                        .requestMatchers(CoordinatorPaths.REPORTING)
                        .hasAuthority(AccountPrincipal.authority(CoordinatorRole.REPORTING))
                        .requestMatchers(CoordinatorPaths.PLATFORM)
                        .hasAuthority(AccountPrincipal.authority(CoordinatorRole.PLATFORM))
                        .requestMatchers("/coordinator/**")
                        .hasRole("COORDINATOR")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(outcomes)
                        .failureHandler(outcomes))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessHandler(outcomes)
                        .deleteCookies("SVH_SESSION"))
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionBoundCsrfTokens(csrfCookie()))
                        .ignoringRequestMatchers(tokenPosts
                                .orderedStream()
                                .flatMap(p -> p.patterns().stream())
                                .toArray(String[]::new))
                        // A partner token comes in a header no other site can make a browser send.
                        .ignoringRequestMatchers(ApiTokenFilter::carriesToken))
                .addFilterBefore(new MetricsAccessFilter(scrapeToken, metricsNetworks), CsrfFilter.class)
                .addFilterBefore(new ApiTokenFilter(apiTokens, limits, apiRequestsPerMinute), CsrfFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterAfter(
                        new RateLimitFilter(limits, limited.orderedStream().toList()), CsrfCookieFilter.class)
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(new UnknownPageEntryPoint(pages))
                        .accessDeniedHandler(new ExpiredFormHandler()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
        return http.build();
    }

    /**
     * The form-protection token's own HttpOnly cookie, used until there is a session, so showing a form
     * to someone not signed in (the sign-in page, registration) writes nothing to the database.
     */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName("SVH_CSRF");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
        return repository;
    }
}
