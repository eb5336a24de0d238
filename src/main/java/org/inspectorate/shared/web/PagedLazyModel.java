package org.inspectorate.shared.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.inspectorate.shared.domain.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model that asks the database for one page at a time and for the count
 * separately; no list is ever loaded whole. Filters and sorting live in the owning view, not the table.
 */
public class PagedLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient LongSupplier counter;
    private final transient Function<PageRequest, List<T>> loader;
    private final transient Function<T, String> keyOf;

    public PagedLazyModel(LongSupplier counter, Function<PageRequest, List<T>> loader, Function<T, String> keyOf) {
        this.counter = counter;
        this.loader = loader;
        this.keyOf = keyOf;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.getAsLong());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        return loader.apply(PageRequest.ofOffset(first, size));
    }

    @Override
    public String getRowKey(T row) {
        return keyOf.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : ((List<T>) getWrappedData()).stream().filter(r -> keyOf.apply(r).equals(rowKey)).findFirst()
                        .orElse(null);
    }
}
