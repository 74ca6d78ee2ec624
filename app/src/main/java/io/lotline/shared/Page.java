package io.lotline.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the next. */
public record Page<T>(List<T> content, int page, int size, long totalElements) {
    public Page {
        content = List.copyOf(content);
    }

    public long totalPages() {
        return size == 0 ? 0 : (totalElements + size - 1) / size;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(content.stream().map(mapper).toList(), page, size, totalElements);
    }
}
