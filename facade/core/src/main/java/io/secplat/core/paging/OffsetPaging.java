package io.secplat.core.paging;

import io.secplat.core.Arguments;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Zero-based page-number paging against a total count (Britive's {@code page}/{@code size}/
 * {@code count}): page {@code n} is followed by page {@code n + 1} while fewer items than the
 * total have arrived and the page was not empty. Counting items, rather than multiplying by the
 * requested size, keeps paging right when a server caps the page size.
 */
public final class OffsetPaging {
  private OffsetPaging() {}

  /**
   * What one page-number call returned.
   *
   * @param items the page's items
   * @param total the total number of items across all pages, or {@link #UNKNOWN_TOTAL} when the
   *     server did not say (paging then goes on until an empty page, so nothing is dropped)
   * @param <T> the item type
   */
  public record Slice<T>(List<T> items, long total) {}

  /** The total of a {@link Slice} whose server sent no count. */
  public static final long UNKNOWN_TOTAL = -1;

  /**
   * @param pageSize the number of items asked for per page (checked here; the fetch function sends it)
   * @param fetch fetches the zero-based page number given
   * @param <T> the item type
   * @return all items, fetched lazily
   */
  public static <T> PagedIterable<T> iterate(int pageSize, IntFunction<Slice<T>> fetch) {
    Arguments.requirePositive("pageSize", pageSize);
    return new PagedIterable<>(() -> page(0, 0L, fetch));
  }

  private static <T> Page<T> page(int number, long seenBefore, IntFunction<Slice<T>> fetch) {
    Slice<T> slice = fetch.apply(number);
    List<T> items = slice.items() == null ? List.of() : slice.items();
    long seen = seenBefore + items.size();
    boolean more = !items.isEmpty() && (slice.total() == UNKNOWN_TOTAL || seen < slice.total());
    return more ? Page.of(items, () -> page(number + 1, seen, fetch)) : Page.last(items);
  }
}
