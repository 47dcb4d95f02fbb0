package org.socialvaluehub.accounts;

import java.util.Optional;
import java.util.Set;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation admin removes a member or changes their roles. The member's sessions end at once, so
 * what they may do changes on their next click; an organisation always keeps one admin.
 */
@Service
class Memberships {

    /** Why a change was refused, as a message key. */
    enum Refusal {
        LAST_ADMIN,
        NO_ROLES
    }

    private final UserRepository users;
    private final PersonSessions sessions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Memberships(UserRepository users, PersonSessions sessions, AuditLog audit, ApplicationEventPublisher events) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
    }

    /** The member of the organisation with this id, with their roles there. */
    Optional<TeamMember> member(long organisationId, long memberId) {
        return users.team(organisationId).stream()
                .filter(m -> m.id() == memberId)
                .findFirst();
    }

    @Transactional
    Optional<Refusal> remove(long organisationId, TeamMember member, SignedInUser by) {
        if (member.roles().contains(Role.ORG_ADMIN.name()) && users.otherAdmins(organisationId, member.id()) == 0) {
            return Optional.of(Refusal.LAST_ADMIN);
        }
        users.removeMembership(member.id(), organisationId);
        audit.record(
                AuditLog.EventType.MEMBER_REMOVED,
                member.id(),
                member.email(),
                "organisation " + organisationId + " by " + by.email());
        endSessions(member);
        UserAccount account = users.find(member.id()).orElseThrow();
        if (users.rolesOf(member.id()).isEmpty() && !account.coordinator()) {
            events.publishEvent(new PersonLeft(member.id(), member.email()));
        }
        return Optional.empty();
    }

    @Transactional
    Optional<Refusal> changeRoles(long organisationId, TeamMember member, Set<Role> roles, SignedInUser by) {
        if (roles.isEmpty()) {
            return Optional.of(Refusal.NO_ROLES);
        }
        if (!roles.contains(Role.ORG_ADMIN)
                && member.roles().contains(Role.ORG_ADMIN.name())
                && users.otherAdmins(organisationId, member.id()) == 0) {
            return Optional.of(Refusal.LAST_ADMIN);
        }
        users.setRoles(member.id(), organisationId, roles);
        audit.record(
                AuditLog.EventType.ROLES_CHANGED,
                member.id(),
                member.email(),
                "organisation " + organisationId + ": " + member.roles() + " to "
                        + roles.stream().map(Role::name).sorted().toList() + " by " + by.email());
        endSessions(member);
        return Optional.empty();
    }

    private void endSessions(TeamMember member) {
        audit.record(
                AuditLog.EventType.SESSIONS_ENDED,
                member.id(),
                member.email(),
                sessions.endAll(member.email()) + " session(s) ended");
    }
}
