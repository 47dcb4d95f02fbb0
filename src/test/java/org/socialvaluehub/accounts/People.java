package org.socialvaluehub.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test fixture: makes organisations and people with roles, and signs them in for MockMvc. */
@Component
public class People {

    public static final String PASSWORD = "a long test password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Organisations organisations;
    private final Accounts accounts;
    private final AccountUserDetailsService users;
    private final CoordinatorRoleRepository coordinatorRoles;

    People(
            Organisations organisations,
            Accounts accounts,
            AccountUserDetailsService users,
            CoordinatorRoleRepository coordinatorRoles) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.users = users;
        this.coordinatorRoles = coordinatorRoles;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.example";
    }

    public long organisation(OrganisationKind kind, String name) {
        return organisations.add(new NewOrganisation(
                name + " " + SEQUENCE.incrementAndGet(),
                kind,
                kind == OrganisationKind.BUYER ? LegalForm.PUBLIC_BODY : LegalForm.COMPANY,
                kind == OrganisationKind.BUYER ? SizeBand.LARGE : SizeBand.SMALL,
                "OX4 2JY",
                null,
                null,
                false));
    }

    /** A confirmed account holding the roles in the organisation; returns its e-mail address. */
    public String person(String prefix, Long organisationId, Role... roles) {
        String email = uniqueEmail(prefix);
        accounts.addConfirmedAccount(email, prefix, PASSWORD, false, organisationId, Set.of(roles));
        return email;
    }

    public String coordinator() {
        String email = uniqueEmail("coordinator");
        accounts.addConfirmedAccount(email, "Coordinator", PASSWORD, true, null, Set.of());
        return email;
    }

    /** Signs the person in through the sign-in form, as a browser would; returns the session cookie. */
    public static Cookie signInForSession(MockMvc mvc, String email, String password) throws Exception {
        // Under MockMvc the session cookie keeps Spring Session's own name: the configured one is the server's.
        return Arrays.stream(mvc.perform(post("/sign-in")
                                .param("email", email)
                                .param("password", password)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getCookies())
                .filter(cookie ->
                        cookie.getName().equals("SESSION") || cookie.getName().equals("SVH_SESSION"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No session for " + email));
    }

    /** Whether the session of this cookie is still signed in. */
    public static boolean stillSignedIn(MockMvc mvc, Cookie session) throws Exception {
        return mvc.perform(get("/account").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus()
                == 200;
    }

    /** A coordinator holding only the given partnership-team roles (none: on the team, with no role). */
    public String coordinator(CoordinatorRole... roles) {
        String email = uniqueEmail("coordinator-" + roles.length);
        long id = accounts.addConfirmedAccount(email, "Coordinator", PASSWORD, true, null, Set.of());
        for (CoordinatorRole role : CoordinatorRole.values()) {
            if (!List.of(roles).contains(role)) {
                coordinatorRoles.revoke(id, role);
            }
        }
        return email;
    }

    /** The person as the pages see them once signed in. */
    public SignedInUser userOf(String email) {
        return users.loadUserByUsername(email).user();
    }

    /** Signs the person in for one MockMvc request. */
    public RequestPostProcessor signedIn(String email) {
        AccountPrincipal principal = users.loadUserByUsername(email);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        return SecurityMockMvcRequestPostProcessors.authentication(authentication);
    }
}
