package org.socialvaluehub.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The links of a paged list as the GOV.UK pagination component shows them: previous and next, the first and last
 * pages, the pages either side of this one, and a gap where pages are left out.
 *
 * @param items the numbered links, with {@code null} numbers for the gaps
 */
public record Pagination(int page, int pages, String previous, String next, List<Item> items) {

    /** A numbered link, or a gap when {@code number} is null. */
    public record Item(Integer number, String href, boolean current) {

        public boolean gap() {
            return number == null;
        }
    }

    /** The pagination of page {@code page} of {@code pages}, each page's address from {@code link}. */
    public static Pagination of(int page, int pages, IntFunction<String> link) {
        List<Item> items = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
                items.add(new Item(n, link.apply(n), n == page));
            } else if (!items.isEmpty() && !items.get(items.size() - 1).gap()) {
                items.add(new Item(null, null, false));
            }
        }
        return new Pagination(
                page,
                pages,
                page > 1 ? link.apply(page - 1) : null,
                page < pages ? link.apply(page + 1) : null,
                List.copyOf(items));
    }

    /** The number of pages {@code total} items fill, {@code size} to a page (at least one page). */
    public static int pagesFor(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
