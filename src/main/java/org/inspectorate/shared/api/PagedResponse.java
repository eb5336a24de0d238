package org.inspectorate.shared.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.inspectorate.shared.domain.Page;

/** A page of results as the API returns it. */
@JsonbPropertyOrder({"total", "page", "perPage", "totalPages", "items"})
public record PagedResponse<T>(long total, int page, int perPage, int totalPages, List<T> items) {

    public static <T> PagedResponse<T> of(Page<T> page) {
        return new PagedResponse<>(page.total(), page.request().page(), page.request().size(), page.totalPages(),
                page.items());
    }
}
