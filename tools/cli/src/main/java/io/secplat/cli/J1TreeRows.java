package io.secplat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * J1QL rows for a table: a {@code RETURN TREE} answer ({@code {vertices: [...], edges: [...]}}) becomes
 * one row per vertex (kind, id, _type, displayName) and one per edge (kind, id, from, to, _class);
 * every other row passes through as it is. Lazy, like the rows it reads.
 */
final class J1TreeRows implements Iterator<JsonNode> {
  private final Iterator<JsonNode> rows;
  private final Deque<JsonNode> pending = new ArrayDeque<>();

  private J1TreeRows(Iterator<JsonNode> rows) {
    this.rows = rows;
  }

  static Iterator<JsonNode> flatten(Iterator<JsonNode> rows) {
    return new J1TreeRows(rows);
  }

  /** @return whether a row is a tree: an object with exactly the arrays vertices and edges */
  static boolean tree(JsonNode row) {
    return row != null && row.isObject() && row.size() == 2 && row.path("vertices").isArray() && row.path("edges").isArray();
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && rows.hasNext()) {
      JsonNode row = rows.next();
      if (!tree(row)) {
        return pending.add(row);
      }
      for (JsonNode vertex : row.path("vertices")) {
        ObjectNode line = JsonNodeFactory.instance.objectNode().put("kind", "vertex").put("id", vertex.path("id").asText());
        line.set("_type", vertex.path("entity").path("_type"));
        line.set("displayName", vertex.path("entity").path("displayName"));
        pending.add(line);
      }
      for (JsonNode edge : row.path("edges")) {
        ObjectNode line = JsonNodeFactory.instance.objectNode().put("kind", "edge").put("id", edge.path("id").asText());
        line.set("from", edge.path("fromVertexId"));
        line.set("to", edge.path("toVertexId"));
        line.set("_class", edge.path("relationship").path("displayName"));
        pending.add(line);
      }
    }
    return !pending.isEmpty();
  }

  @Override
  public JsonNode next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.poll();
  }
}
