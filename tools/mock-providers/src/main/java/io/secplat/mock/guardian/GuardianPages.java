package io.secplat.mock.guardian;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.JsonResponses;
import io.secplat.mock.openapi.MockCall;
import java.util.List;

/**
 * Guardian's paging: {@code page} (1-based, default 1) and {@code per_page} (default 20), a bare
 * array with no total, the last page shorter than {@code per_page} (empty when the listing size is
 * a multiple of it). The change report pages are zero-based with {@code limit}.
 */
final class GuardianPages {
  static final int DEFAULT_PER_PAGE = 20;

  private GuardianPages() {}

  /** The requested window of a listing, or the 400 a bad page parameter gets. */
  record Window(long from, long to, ResponseDefinition error) {
    static Window of(MockCall call, String sizeParameter, int defaultSize, int firstPage) {
      Integer page = number(call, "page", firstPage);
      Integer size = number(call, sizeParameter, defaultSize);
      if (page == null || page < firstPage) {
        return failed("page must be an integer of at least " + firstPage);
      }
      if (size == null || size < 1) {
        return failed(sizeParameter + " must be a positive integer");
      }
      long from = (long) (page - firstPage) * size;
      return new Window(from, from + size, null);
    }

    private static Window failed(String message) {
      return new Window(0, 0, GuardianErrors.badRequest(message));
    }

    <T> List<T> of(List<T> all) {
      return all.subList((int) Math.min(all.size(), from), (int) Math.min(all.size(), to));
    }
  }

  /**
   * A listing served by position: the records at positions {@code from} to {@code to}, without
   * touching the others (a page costs O(page), not O(listing); see {@code InsertionOrder}).
   */
  @FunctionalInterface
  interface Listing {
    /**
     * @param from the first position, 0-based
     * @param to the position after the last
     * @return the records there (fewer at the end), or null when the listing does not exist
     */
    List<? extends JsonNode> window(long from, long to);
  }

  /** One page of a listing, as a bare JSON array (20 per page unless the request says otherwise). */
  static ResponseDefinition page(MockCall call, List<? extends JsonNode> all) {
    return page(call, all, DEFAULT_PER_PAGE);
  }

  /** One page of a listing whose page size defaults to {@code perPage}, as a bare JSON array. */
  static ResponseDefinition page(MockCall call, List<? extends JsonNode> all, int perPage) {
    return page(call, (from, to) -> all.subList((int) Math.min(all.size(), from), (int) Math.min(all.size(), to)),
        perPage);
  }

  /** One page of a listing read by position, as a bare JSON array (20 per page unless the request says otherwise). */
  static ResponseDefinition page(MockCall call, Listing listing) {
    return page(call, listing, DEFAULT_PER_PAGE);
  }

  /**
   * One page of a listing read by position whose page size defaults to {@code perPage}, as a bare
   * JSON array; null when the listing does not exist (the documented example answers).
   */
  static ResponseDefinition page(MockCall call, Listing listing, int perPage) {
    Window window = Window.of(call, "per_page", perPage, 1);
    if (window.error() != null) {
      return window.error();
    }
    List<? extends JsonNode> page = listing.window(window.from(), window.to());
    if (page == null) {
      return null;
    }
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    page.forEach(items::add);
    return JsonResponses.json(200, items);
  }

  private static Integer number(MockCall call, String name, int fallback) {
    String text = call.query(name);
    return text == null ? Integer.valueOf(fallback) : MockCall.integer(text);
  }
}
