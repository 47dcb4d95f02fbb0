package org.socialvaluehub.demo.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.Contact;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/** The demo people the demo evaluations act as: the first buyer's staff, its evaluators, and a person per bidder. */
@Component
class DemoPeople {

    static final String SECOND_EVALUATOR = "evaluator-two@demo.example";
    private static final String PASSWORD = "demo-hub-password-2026";

    private final Accounts accounts;

    DemoPeople(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The people of an organisation with a role, as signed-in users; adds a second demo evaluator when needed. */
    List<SignedInUser> withRole(long organisationId, Role role) {
        if (role == Role.EVALUATOR
                && accounts.membersWithRole(organisationId, role).size() < 2
                && !accounts.exists(SECOND_EVALUATOR)) {
            accounts.addConfirmedAccount(
                    SECOND_EVALUATOR, "Evan Evaluator", PASSWORD, false, organisationId, Set.of(Role.EVALUATOR));
        }
        return accounts.membersWithRole(organisationId, role).stream()
                .map(m -> user(m, organisationId, role))
                .toList();
    }

    /** Someone bidding for a demo supplier: its first supplier, or a demo bidder account made for it. */
    SignedInUser bidder(long supplierId, int index) {
        List<Contact> members = accounts.membersWithRole(supplierId, Role.SUPPLIER);
        if (members.isEmpty()) {
            accounts.addConfirmedAccount(
                    "bidder-" + index + "@demo.example",
                    "Demo bidder " + index,
                    PASSWORD,
                    false,
                    supplierId,
                    Set.of(Role.SUPPLIER));
            members = accounts.membersWithRole(supplierId, Role.SUPPLIER);
        }
        return user(members.get(0), supplierId, Role.SUPPLIER);
    }

    private static SignedInUser user(Contact member, long organisationId, Role role) {
        return new SignedInUser(
                member.id(), member.email(), member.displayName(), false, Map.of(organisationId, Set.of(role)));
    }
}
