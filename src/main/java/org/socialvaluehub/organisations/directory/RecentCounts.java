package org.socialvaluehub.organisations.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps each search's facet counts for a short while, so people paging through or refining a popular
 * search do not recount 20,000 suppliers each time. Counts may be up to {@code keepFor} old; a
 * duration of zero keeps nothing. Holds at most {@code capacity} searches and starts afresh when full, or when
 * {@link #forget()} says the rows changed.
 */
final class RecentCounts<V> {

    private record Entry<V>(V value, Instant expires) {}

    private final Clock clock;
    private final Duration keepFor;
    private final int capacity;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    RecentCounts(Clock clock, Duration keepFor, int capacity) {
        this.clock = clock;
        this.keepFor = keepFor;
        this.capacity = capacity;
    }

    V get(String key, Supplier<V> count) {
        if (keepFor.isZero() || keepFor.isNegative()) {
            return count.get();
        }
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.value();
        }
        long countedIn = generation.get();
        V value = count.get();
        if (entries.size() >= capacity) {
            entries.clear();
        }
        // A count that raced a change may already be out of date: use it once, keep it not.
        if (generation.get() == countedIn) {
            entries.put(key, new Entry<>(value, now.plus(keepFor)));
        }
        return value;
    }

    /** Forgets every count kept: the rows they counted have changed. */
    void forget() {
        generation.incrementAndGet();
        entries.clear();
    }
}
