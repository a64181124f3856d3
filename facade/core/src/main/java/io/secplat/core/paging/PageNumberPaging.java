package io.secplat.core.paging;

import io.secplat.core.Arguments;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Page-number paging without a total (Guardian's {@code page}/{@code per_page}, and its change
 * report's zero-based {@code page} with {@code limit}): page {@code n} is followed by page
 * {@code n + 1} while it came back full. The first page holding fewer items than asked for ends
 * the listing, so a listing whose size is a multiple of the page size ends with one empty page.
 *
 * <pre>{@code
 * PagedIterable<Node> nodes = PageNumberPaging.iterate(1, 20, page -> api.listNodes(page, 20));
 * }</pre>
 *
 * <p>The server gives no count to check against: a server that silently caps the page size below
 * the size asked for ends the listing after its first page. Ask for a size the server accepts.
 */
public final class PageNumberPaging {
  private PageNumberPaging() {}

  /**
   * @param firstPage the number of the first page: 1 for 1-based APIs, 0 for zero-based ones
   * @param pageSize the number of items asked for per page (checked here; the fetch function sends it)
   * @param fetch fetches the page with the given number; null counts as an empty page
   * @param <T> the item type
   * @return all items, fetched lazily
   */
  public static <T> PagedIterable<T> iterate(int firstPage, int pageSize, IntFunction<List<T>> fetch) {
    if (firstPage < 0) {
      throw new IllegalArgumentException("firstPage must not be negative, was " + firstPage);
    }
    Arguments.requirePositive("pageSize", pageSize);
    Objects.requireNonNull(fetch, "fetch");
    return new PagedIterable<>(() -> page(firstPage, pageSize, fetch));
  }

  private static <T> Page<T> page(int number, int pageSize, IntFunction<List<T>> fetch) {
    List<T> fetched = fetch.apply(number);
    List<T> items = fetched == null ? List.of() : fetched;
    return items.size() < pageSize ? Page.last(items) : Page.of(items, () -> page(number + 1, pageSize, fetch));
  }
}
