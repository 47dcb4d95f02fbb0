package org.socialvaluehub.accounts;

/**
 * Which coordinator pages each partnership-team role opens; any other {@code /coordinator/} page is open to the
 * whole team. The mapping is explained in {@code docs/guides/accounts.md}.
 */
final class CoordinatorPaths {

    static final String[] DIRECTORY = {
        "/coordinator/framework/**",
        "/coordinator/support/**",
        "/coordinator/resources/**",
        "/coordinator/journey/**",
        "/coordinator/pledges/**",
        "/coordinator/credentials/**",
        "/coordinator/credential-types/**",
        "/coordinator/claims/**",
        "/coordinator/duplicates/**"
    };

    static final String[] REPORTING = {"/coordinator/spend/**"};

    static final String[] PLATFORM = {
        "/coordinator/buyers/**",
        "/coordinator/coordinators/**",
        "/coordinator/people/**",
        "/coordinator/audit/**",
        "/coordinator/outbox/**"
    };

    private CoordinatorPaths() {}
}
