package vn.gov.sonla.awards.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One page of a list read by {@link Keyset}: the rows newest first, and where the previous and next pages start
 * (null when there is none), and whether it is the first page. {@code counted} is how many rows the whole list has, up to {@link #COUNT_CAP}: counting
 * a hundred thousand waiting dossiers on every view would cost more than the page itself.
 */
public record KeysetPage<T>(List<T> items, Long previousBefore, Long nextAfter, long counted, boolean first) {

    /** Lists are counted up to this many rows; beyond it the page says "more than". */
    public static final int COUNT_CAP = 1000;

    /** The count of a short list that only says whether there are more rows than it shows. */
    public static final long NOT_COUNTED = -1;

    /**
     * The page from rows read in the keyset's direction, one more than the page size asked for (that one only
     * says whether the list goes on).
     */
    public static <T> KeysetPage<T> of(List<T> fetched, Keyset keyset, ToLongFunction<T> id, long counted) {
        boolean more = fetched.size() > keyset.size();
        List<T> items = new ArrayList<>(more ? fetched.subList(0, keyset.size()) : fetched);
        if (items.isEmpty()) {
            return new KeysetPage<>(items, null, null, counted, keyset.isFirst());
        }
        Long previous;
        Long next;
        if (keyset.backwards()) {
            Collections.reverse(items);
            previous = more ? id.applyAsLong(items.get(0)) : null;
            next = id.applyAsLong(items.get(items.size() - 1));
        } else {
            previous = keyset.isFirst() ? null : id.applyAsLong(items.get(0));
            next = more ? id.applyAsLong(items.get(items.size() - 1)) : null;
        }
        return new KeysetPage<>(List.copyOf(items), previous, next, counted, keyset.isFirst());
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Whether the list has more rows than were counted. */
    public boolean countCapped() {
        return counted > COUNT_CAP;
    }

    /** The count to show: exact, or the cap when there are more. */
    public long shownCount() {
        return Math.min(counted, COUNT_CAP);
    }
}
