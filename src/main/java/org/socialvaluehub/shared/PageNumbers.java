package org.socialvaluehub.shared;

/**
 * The page numbers and page sizes a list accepts from an address: a page far past any list, or a size of 0,
 * is refused with a plain message instead of overflowing into a broken query.
 */
public final class PageNumbers {

    /** No list here reaches this many pages; the limit keeps offsets well inside an int. */
    public static final int LAST_PAGE = 10_000;

    private PageNumbers() {}

    /** The page, if between 1 and {@link #LAST_PAGE}. */
    public static int checked(int page) {
        if (page < 1 || page > LAST_PAGE) {
            throw new InvalidRequest("error.page.outOfRange", LAST_PAGE);
        }
        return page;
    }

    /** The number of items a page shows, if between 1 and {@code largest}. */
    public static int checkedSize(int size, int largest) {
        if (size < 1 || size > largest) {
            throw new InvalidRequest("error.pageSize.outOfRange", largest);
        }
        return size;
    }
}
