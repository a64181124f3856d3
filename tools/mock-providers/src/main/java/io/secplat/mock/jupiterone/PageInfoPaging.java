package io.secplat.mock.jupiterone;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code pageInfo {endCursor hasNextPage}} paging of listVertices, audit events and the IAM
 * lists: an opaque cursor per list kind; {@code endCursor} is always set on a non-empty page and
 * {@code hasNextPage} alone says whether another page follows.
 */
final class PageInfoPaging {
  private PageInfoPaging() {}

  static Map<String, Object> page(String kind, String itemsField, List<?> all, int limit, String after) {
    int offset = after == null ? 0 : offset(kind, after);
    int end = Math.min(all.size(), offset + limit);
    List<Object> items = new ArrayList<>(all.subList(Math.min(offset, end), end));
    Map<String, Object> pageInfo = new LinkedHashMap<>();
    pageInfo.put("endCursor", items.isEmpty() ? after : encode(kind, end));
    pageInfo.put("hasNextPage", end < all.size());
    Map<String, Object> page = new LinkedHashMap<>();
    page.put(itemsField, items);
    page.put("pageInfo", pageInfo);
    return page;
  }

  private static String encode(String kind, int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((kind + ":" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String kind, String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(kind + ":")) {
        return Integer.parseInt(text.substring(kind.length() + 1));
      }
    } catch (IllegalArgumentException malformed) {
      // reported below
    }
    throw MockGraphQlError.badInput("the cursor " + cursor + " is not a " + kind + " cursor");
  }
}
