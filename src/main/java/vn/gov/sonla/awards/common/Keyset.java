package vn.gov.sonla.awards.common;

/**
 * Which page of a long list, newest first: the rows older than {@code after} (the next page), or the rows just newer
 * than {@code before} (the previous one), or the newest (neither). Pages are found by an index range on the id
 * instead of an offset, so page 5,000 of a queue costs what page 1 costs.
 */
public record Keyset(Long after, Long before, int size) {

    public static Keyset of(Long after, Long before, int size) {
        return before != null ? new Keyset(null, before, size) : new Keyset(after, null, size);
    }

    public static Keyset first(int size) {
        return new Keyset(null, null, size);
    }

    public boolean isFirst() {
        return after == null && before == null;
    }

    /** Rows are read newest first from {@code after}, or oldest first from {@code before} (then turned round). */
    public boolean backwards() {
        return before != null;
    }
}
