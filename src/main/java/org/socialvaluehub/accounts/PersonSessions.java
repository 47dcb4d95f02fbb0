package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's sessions at once, wherever they are signed in: sessions live in PostgreSQL (Spring
 * Session) indexed by the principal name, which is the account's e-mail address. Run without a web server (the
 * command line), there is no session repository, so the stored sessions are deleted directly.
 */
@Component
public class PersonSessions {

    private final FindByIndexNameSessionRepository<?> sessions;
    private final JdbcClient jdbc;

    PersonSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, JdbcClient jdbc) {
        this.sessions = sessions.getIfAvailable();
        this.jdbc = jdbc;
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
        if (sessions == null) {
            return jdbc.sql("delete from spring_session where principal_name = :email")
                    .param("email", email)
                    .update();
        }
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
