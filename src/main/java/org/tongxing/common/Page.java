package org.tongxing.common;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list, with the totals a client needs to draw paging controls. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageParams params, Function<E, T> mapper) {
        long total = query.count();
        List<T> items = query.page(params.page, params.size).list().stream().map(mapper).toList();
        int pages = (int) ((total + params.size - 1) / params.size);
        return new Page<>(items, params.page, params.size, total, pages);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
