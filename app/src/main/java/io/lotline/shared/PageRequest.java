package io.lotline.shared;

/** Which page of a list to return. Pages start at 0; a page holds 1 to 500 rows. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 500;
    /** What a page of an endpoint holds when the request does not say. */
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInput("page", page, "page-not-negative", "Pages are numbered from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", size, "page-size-range", "A page holds 1 to " + MAX_SIZE + " rows");
        }
    }

    public long offset() { return (long) page * size; }
}
