package org.socialvaluehub.spend.dashboards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.socialvaluehub.shared.InvalidRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Spend dashboards for a set of buyers over a period. A built dashboard is kept until the buyers' summaries are
 * rebuilt (an import or a rule change on any app instance, read from the database on each request), a coordinator
 * decides a supplier match, or {@code svh.spend.dashboard-kept-for} (default 60 s) passes, for directory changes.
 */
@Service
public class SpendDashboard {

    static final int KEPT_AT_MOST = 500;

    private record Key(List<Long> buyers, Period period) {}

    private record Kept(String stamp, Instant until, DashboardView view) {}

    private final DashboardRepository spend;
    private final DashboardBuilder builder;
    private final Clock clock;
    private final Duration keptFor;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    SpendDashboard(
            DashboardRepository spend,
            DashboardBuilder builder,
            Clock clock,
            @Value("${svh.spend.dashboard-kept-for:60s}") Duration keptFor) {
        this.spend = spend;
        this.builder = builder;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    /** The period asked for, or the latest year with spend; a quarter or year no dashboard can show is refused. */
    public Period defaultPeriod(List<Long> buyers, Integer year, Integer quarter) {
        if (quarter != null && (quarter < 0 || quarter > 4)
                || year != null && (year < Period.FIRST_YEAR || year > Period.LAST_YEAR)) {
            throw new InvalidRequest("spend.period.invalid", Period.FIRST_YEAR, Period.LAST_YEAR);
        }
        return Period.of(year, quarter, spend.latestMonth(ids(buyers)));
    }

    /** The financial years with spend, newest first, with the period shown among them. */
    List<Period> years(List<Long> buyers, Period shown) {
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(spend.years(ids(buyers)));
        years.add(shown.year());
        return years.stream().map(y -> new Period(y, 0)).toList();
    }

    public DashboardView build(List<Long> buyerIds, Period period) {
        List<Long> buyers = ids(buyerIds).stream().sorted().toList();
        Key key = new Key(buyers, period);
        String stamp = spend.stamp(buyers);
        Instant now = clock.instant();
        Kept found = kept.get(key);
        if (found != null && found.stamp().equals(stamp) && now.isBefore(found.until())) {
            return found.view();
        }
        DashboardView view = builder.build(buyers, period);
        if (kept.size() >= KEPT_AT_MOST) {
            kept.clear();
        }
        kept.put(key, new Kept(stamp, now.plus(keptFor), view));
        return view;
    }

    private static List<Long> ids(List<Long> buyers) {
        return buyers.isEmpty() ? List.of(-1L) : buyers;
    }
}
