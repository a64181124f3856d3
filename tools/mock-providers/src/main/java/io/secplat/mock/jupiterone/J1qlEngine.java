package io.secplat.mock.jupiterone;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs J1QL ({@link J1qlQuery}) over the mock's graph, a page at a time. A query without RETURN
 * answers type {@code list} with whole entities; with RETURN, type {@code table} with one column
 * per projection (the documented sample: {@code {"Person.name": "Mochi"}}). The cursor is opaque,
 * bound to the query and its variables, and null after the last page.
 */
final class J1qlEngine {
  private final Graph graph;

  J1qlEngine(Graph graph) {
    this.graph = graph;
  }

  /** A page of results in the queryV1 shape. */
  record Result(String type, List<Map<String, Object>> data, String cursor) {
    Map<String, Object> asMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("type", type);
      map.put("data", data);
      map.put("cursor", cursor);
      return map;
    }
  }

  /**
   * @param text the J1QL text
   * @param variables its parameters
   * @param cursor the cursor of the previous page, or null
   * @param pageSize rows per page
   * @param accountId the caller's account, put in entity metadata
   * @return the page
   * @throws J1qlQuery.SyntaxError when the text does not parse
   * @throws IllegalArgumentException when the cursor does not belong to this query
   */
  Result run(String text, Map<String, Object> variables, String cursor, int pageSize, String accountId) {
    J1qlQuery query = J1qlQuery.parse(text, variables);
    String fingerprint = fingerprint(text, variables);
    int offset = cursor == null ? 0 : offset(cursor, fingerprint);
    List<GraphEntity> matches = new ArrayList<>();
    for (GraphEntity entity : graph.entities()) {
      if (query.matches(entity)) {
        matches.add(entity);
      }
    }
    int total = query.limit() == null ? matches.size() : Math.min(query.limit(), matches.size());
    int end = Math.min(total, offset + pageSize);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (GraphEntity entity : matches.subList(Math.min(offset, end), end)) {
      rows.add(query.projections().isEmpty() ? entity.j1qlRow(accountId) : columns(query, entity));
    }
    String next = end < total ? encode(end, fingerprint) : null;
    return new Result(query.projections().isEmpty() ? "list" : "table", rows, next);
  }

  private static Map<String, Object> columns(J1qlQuery query, GraphEntity entity) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (J1qlQuery.Projection projection : query.projections()) {
      boolean ours = projection.selector().equals(query.alias()) || projection.selector().equals(query.target())
          || query.target().equals("*");
      row.put(projection.name(), ours ? entity.property(projection.property()) : null);
    }
    return row;
  }

  private static String fingerprint(String text, Map<String, Object> variables) {
    return Integer.toHexString(Objects.hash(text, variables == null ? Map.of() : variables));
  }

  private static String encode(int offset, String fingerprint) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("j1ql:" + offset + ":" + fingerprint).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String cursor, String fingerprint) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
      if (parts.length == 3 && parts[0].equals("j1ql") && parts[2].equals(fingerprint)) {
        return Integer.parseInt(parts[1]);
      }
    } catch (IllegalArgumentException malformed) {
      // falls through to the error below
    }
    throw new IllegalArgumentException("the cursor does not belong to this query");
  }
}
