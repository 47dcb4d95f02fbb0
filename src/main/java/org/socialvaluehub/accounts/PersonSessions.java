package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's sessions at once, wherever they are signed in: sessions live in PostgreSQL (Spring
 * Session) indexed by the principal name, which is the account's e-mail address.
 */
@Component
public class PersonSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    PersonSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the person; returns how many were ended. */
    public int endAll(String email) {
        return endAllBut(email, null);
    }

    /** Ends every session of the person but the one of the current request; returns how many were ended. */
    int endOthers(String email) {
        return endAllBut(email, currentSessionId());
    }

    private int endAllBut(String email, String keep) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(email).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
