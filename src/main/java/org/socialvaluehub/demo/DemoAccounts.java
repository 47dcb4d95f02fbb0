package org.socialvaluehub.demo;

import java.util.List;
import java.util.Set;
import org.socialvaluehub.shared.Role;

/** The demo sign-ins, one per role, listed in the README and printed in the log on first run. */
final class DemoAccounts {

    static final String PASSWORD = "demo-hub-password-2026";

    /** One demo sign-in: whom it is, and where they hold which roles ({@code null} buyer index = supplier). */
    record DemoAccount(String email, String name, boolean coordinator, Integer buyerIndex, Set<Role> roles) {}

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount("coordinator@demo.example", "Cara Coordinator", true, null, Set.of()),
            new DemoAccount(
                    "buyer-admin@demo.example", "Bea Buyer-Admin", false, 0, Set.of(Role.ORG_ADMIN, Role.BUYER)),
            new DemoAccount("buyer@demo.example", "Ben Buyer", false, 0, Set.of(Role.BUYER)),
            new DemoAccount("evaluator@demo.example", "Eve Evaluator", false, 0, Set.of(Role.EVALUATOR)),
            new DemoAccount("supplier@demo.example", "Sam Supplier", false, -1, Set.of(Role.ORG_ADMIN, Role.SUPPLIER)));

    private DemoAccounts() {}
}
