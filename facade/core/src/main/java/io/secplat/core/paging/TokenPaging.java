package io.secplat.core.paging;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Page-token paging (Veza's {@code page_token} / {@code next_page_token} / {@code has_more}).
 *
 * <p>A page is followed by another while the server hands back a non-empty next token and does
 * not say {@code has_more: false}. A page may be empty and still announce more: paging goes on.
 * An empty next token ends paging. A server that hands back the token it was just given would
 * loop for ever; that fails loudly instead of ending early.
 */
public final class TokenPaging {
  private TokenPaging() {}

  /**
   * What one token call returned.
   *
   * @param items the page's items (possibly empty)
   * @param nextToken the token of the next page; null or empty when there is none
   * @param hasMore the server's {@code has_more}, or null when the response has no such field
   * @param <T> the item type
   */
  public record Slice<T>(List<T> items, String nextToken, Boolean hasMore) {}

  /**
   * @param fetch fetches the page for a token; the first call gets null
   * @param <T> the item type
   * @return all items, fetched lazily
   */
  public static <T> PagedIterable<T> iterate(Function<String, Slice<T>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    return new PagedIterable<>(() -> page(null, fetch));
  }

  private static <T> Page<T> page(String token, Function<String, Slice<T>> fetch) {
    Slice<T> slice = fetch.apply(token);
    List<T> items = slice.items() == null ? List.of() : slice.items();
    String next = slice.nextToken();
    boolean more = next != null && !next.isEmpty() && !Boolean.FALSE.equals(slice.hasMore());
    if (!more) {
      return Page.last(items);
    }
    if (next.equals(token)) {
      throw new IllegalStateException("the server returned the page token it was given; paging would never end");
    }
    return Page.of(items, () -> page(next, fetch));
  }
}
