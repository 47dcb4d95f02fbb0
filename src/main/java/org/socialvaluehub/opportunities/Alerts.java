package org.socialvaluehub.opportunities;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.opportunities.core.SearchCriteria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers' saved searches and followed buyers, each e-mailed at once or in a daily digest, each
 * with its own unguessable token for one-click unsubscribing without signing in.
 */
@Service
public class Alerts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AlertRepository repository;

    Alerts(AlertRepository repository) {
        this.repository = repository;
    }

    /** How often a supplier hears about matches. */
    public enum Frequency {
        IMMEDIATE,
        DAILY
    }

    /** One saved search (a followed buyer is a search by buyer alone). */
    public record Alert(
            long id,
            long userId,
            String email,
            SearchCriteria criteria,
            Frequency frequency,
            String token,
            Instant createdAt) {}

    @Transactional
    public long save(long userId, String email, SearchCriteria criteria, Frequency frequency) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return repository.insert(
                userId,
                email,
                criteria,
                frequency,
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public List<Alert> of(long userId) {
        return repository.ofUser(userId);
    }

    public boolean remove(long userId, long alertId) {
        return repository.delete(userId, alertId);
    }

    public Optional<Alert> byToken(String token) {
        return token == null || token.length() < 20 ? Optional.empty() : repository.byToken(token);
    }

    /** One-click unsubscribe: true when there was such an alert. */
    @Transactional
    public boolean unsubscribe(String token) {
        return byToken(token).map(a -> repository.delete(a.userId(), a.id())).orElse(false);
    }
}
