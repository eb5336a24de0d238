package org.inspectorate.shared.domain;

/**
 * A page of a long list, asked for by number (1-based) and size. Sizes are capped so that no caller
 * can make the database return a whole table.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest ofOffset(int first, int size) {
        return new PageRequest(first / size + 1, size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
