package org.ruraltalent.common;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items and, when there are more, the cursor that continues after the
 * last of them. Lists walk by keyset on the time-ordered id, never by OFFSET.
 */
public record Page<T>(
        @Schema(maxItems = PageRequest.MAX_LIMIT) List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.", nullable = true,
                maxLength = PageRequest.CURSOR_MAX_LENGTH, pattern = PageRequest.CURSOR_PATTERN,
                example = "azE6MDFhMjIyNWEtNzkwMy03YzQ2LThiY2QtMzZmMjc0MmUwOWRl") String nextCursor) {

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in id order: the extra row only
     * says there is more.
     */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, UUID> idOf, Function<E, T> view) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? PageRequest.encode(idOf.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
