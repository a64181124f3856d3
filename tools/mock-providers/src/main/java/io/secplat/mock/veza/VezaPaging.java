package io.secplat.mock.veza;

import io.secplat.mock.paging.Pageable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token paging as Veza does it: {@code page_size} and {@code page_token} in,
 * {@code next_page_token} and {@code has_more} out. Tokens are opaque to clients: URL-safe base64
 * of {@code offset=<o>&page=<p>} (offset of the next item, index of the next page).
 *
 * <p>To exercise the documented "empty page with more to come" rule, the second page of every
 * listing that has one is served empty with {@code has_more: true} and a token that continues at
 * the same offset. The last page has {@code has_more: false} and {@code next_page_token: ""}.
 * {@code page_size} 0 or absent means {@value #DEFAULT_PAGE_SIZE}; larger sizes are capped at
 * {@value #MAX_PAGE_SIZE}. An offset beyond the end (the collection shrank) ends the listing.
 */
final class VezaPaging {
  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 1000;
  private static final Pattern TOKEN = Pattern.compile("offset=(\\d{1,9})&page=(\\d{1,9})");
  private static final Pattern DIGITS = Pattern.compile("-?\\d{1,18}");

  private VezaPaging() {}

  /**
   * One page of a listing.
   *
   * @param from first index served (inclusive)
   * @param to last index served (exclusive); equal to {@code from} for an empty page
   * @param nextPageToken the token of the next page, {@code ""} on the last page
   * @param hasMore whether another page follows
   */
  record Slice(int from, int to, String nextPageToken, boolean hasMore) {}

  /**
   * @param text the page_size parameter, or null
   * @return the page size to use
   * @throws IllegalArgumentException when it is not a non-negative integer
   */
  static int pageSize(String text) {
    if (text == null || text.isEmpty()) {
      return DEFAULT_PAGE_SIZE;
    }
    if (!DIGITS.matcher(text).matches() || text.startsWith("-")) {
      throw new IllegalArgumentException("page_size must be a non-negative integer, was \"" + text + "\"");
    }
    long size = Long.parseLong(text);
    return size == 0 ? DEFAULT_PAGE_SIZE : (int) Math.min(size, MAX_PAGE_SIZE);
  }

  /**
   * @param total the size of the whole collection
   * @param pageSize the page size
   * @param token the page_token parameter, null or empty for the first page
   * @return the page to serve
   * @throws IllegalArgumentException when the token was not issued by this mock
   */
  static Slice slice(int total, int pageSize, String token) {
    int[] position = position(token);
    int offset = position[0];
    int page = position[1];
    if (offset >= total) {
      return new Slice(total, total, "", false);
    }
    if (page == 1) {
      return new Slice(offset, offset, encode(offset, page + 1), true);
    }
    int to = (int) Math.min(total, (long) offset + pageSize);
    boolean more = to < total;
    return new Slice(offset, to, more ? encode(to, page + 1) : "", more);
  }

  /**
   * How many items of a filtered listing must be counted to serve this page exactly as with the
   * whole count: the slice of {@code min(total, limit)} items is the slice of {@code total}, since
   * only whether items follow the page matters (so a filtered page walks O(offset + page) items,
   * not the whole listing).
   *
   * @param pageSize the page size
   * @param token the page_token parameter, null or empty for the first page
   * @return offset + page size + 1
   * @throws IllegalArgumentException when the token was not issued by this mock
   */
  static long countLimit(int pageSize, String token) {
    return (long) position(token)[0] + pageSize + 1;
  }

  /**
   * One page of a listing, filtered unless the filter passes everything: the slice and its items.
   *
   * @param <T> the item type
   * @param listing the listing
   * @param filter which items are listed, or null for all
   * @param pageSize the page size
   * @param token the page_token parameter
   * @return the slice and the items it covers
   * @throws IllegalArgumentException when the token was not issued by this mock
   */
  static <T> Page<T> page(Pageable<T> listing, Predicate<? super T> filter, int pageSize, String token) {
    long total = filter == null ? listing.size() : listing.count(filter, countLimit(pageSize, token));
    Slice slice = slice((int) Math.min(total, Integer.MAX_VALUE), pageSize, token);
    List<T> items = filter == null ? listing.range(slice.from(), slice.to())
        : listing.range(filter, slice.from(), slice.to());
    return new Page<>(slice, items);
  }

  /**
   * @param slice where the page lies
   * @param items what it holds
   * @param <T> the item type
   */
  record Page<T>(Slice slice, List<T> items) {}

  /** @return {offset, page index} of a token; {0, 0} for none */
  private static int[] position(String token) {
    if (token == null || token.isEmpty()) {
      return new int[] {0, 0};
    }
    Matcher m = TOKEN.matcher(decode(token));
    if (!m.matches()) {
      throw new IllegalArgumentException("page_token \"" + token + "\" is not a token of this listing");
    }
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  static String encode(int offset, int page) {
    String plain = "offset=" + offset + "&page=" + page;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  private static String decode(String token) {
    try {
      return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
