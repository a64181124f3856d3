package io.secplat.mock.veza;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
    int offset = 0;
    int page = 0;
    if (token != null && !token.isEmpty()) {
      Matcher m = TOKEN.matcher(decode(token));
      if (!m.matches()) {
        throw new IllegalArgumentException("page_token \"" + token + "\" is not a token of this listing");
      }
      offset = Integer.parseInt(m.group(1));
      page = Integer.parseInt(m.group(2));
    }
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
