package io.secplat.core.paging;

import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.PagingCycleException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.function.Function;

/**
 * Page-token paging (Veza's {@code page_token} / {@code next_page_token} / {@code has_more}).
 *
 * <p>A page is followed by another while the server hands back a non-empty next token and does
 * not say {@code has_more: false}. A page may be empty and still announce more: paging goes on.
 * An empty next token ends paging. A server that hands back a token this iteration already
 * followed (the one it was just given, or an older one: A, B, A) would loop for ever; that fails
 * with {@link PagingCycleException} naming the operation instead of ending early.
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
    return iterate("the vendor", "the paged operation", fetch);
  }

  /**
   * @param vendor the vendor's name, for the exception when the server's tokens repeat
   * @param operation the paged operation's name, likewise
   * @param fetch fetches the page for a token; the first call gets null
   * @param <T> the item type
   * @return all items, fetched lazily; a token handed out a second time (A, B, A) throws
   *     {@link PagingCycleException} instead of paging for ever
   */
  public static <T> PagedIterable<T> iterate(String vendor, String operation, Function<String, Slice<T>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    return new PagedIterable<>(() -> page(null, fetch, new Followed(vendor, operation)));
  }

  /** The tokens one iteration has followed. */
  private static final class Followed {
    final String vendor;
    final String operation;
    final Set<String> tokens = new HashSet<>();

    Followed(String vendor, String operation) {
      this.vendor = vendor;
      this.operation = operation;
    }
  }

  private static <T> Page<T> page(String token, Function<String, Slice<T>> fetch, Followed followed) {
    Slice<T> slice = fetch.apply(token);
    List<T> items = slice.items() == null ? List.of() : slice.items();
    String next = slice.nextToken();
    boolean more = next != null && !next.isEmpty() && !Boolean.FALSE.equals(slice.hasMore());
    if (!more) {
      return Page.last(items);
    }
    if (next.equals(token) || !followed.tokens.add(next)) {
      throw new PagingCycleException(new ErrorDetails(followed.vendor, "", followed.operation, 0, null, null, null,
          null), followed.operation, followed.tokens.size() + 1);
    }
    return Page.of(items, () -> page(next, fetch, followed));
  }
}
