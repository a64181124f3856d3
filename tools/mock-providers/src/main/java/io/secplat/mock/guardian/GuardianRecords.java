package io.secplat.mock.guardian;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One resource's records (nodes, node groups or environments) by id, in creation order. Rails
 * semantics: an update changes only the fields sent, and a null sent is stored as an empty string
 * (as the seed documents for nodes). Not thread-safe: {@link GuardianState} guards it.
 */
final class GuardianRecords {
  private final Map<Long, ObjectNode> records = new LinkedHashMap<>();
  private final Set<String> writeOnly;

  /** @param writeOnly attributes that are stored but never shown (passwords) */
  GuardianRecords(Set<String> writeOnly) {
    this.writeOnly = writeOnly;
  }

  void clear() {
    records.clear();
  }

  void put(ObjectNode record) {
    records.put(record.get("id").asLong(), record.deepCopy());
  }

  List<ObjectNode> list() {
    List<ObjectNode> copies = new ArrayList<>();
    records.values().forEach(r -> copies.add(shown(r)));
    return copies;
  }

  ObjectNode get(long id) {
    ObjectNode record = records.get(id);
    return record == null ? null : shown(record);
  }

  boolean contains(long id) {
    return records.containsKey(id);
  }

  ObjectNode create(long id, ObjectNode defaults, JsonNode attributes) {
    ObjectNode record = defaults.deepCopy();
    record.put("id", id);
    merge(record, attributes);
    records.put(id, record);
    return shown(record);
  }

  boolean update(long id, JsonNode attributes) {
    ObjectNode record = records.get(id);
    if (record == null) {
      return false;
    }
    merge(record, attributes);
    return true;
  }

  boolean delete(long id) {
    return records.remove(id) != null;
  }

  private static void merge(ObjectNode record, JsonNode attributes) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = attributes.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getKey().equals("id")) {
        record.set(field.getKey(), field.getValue().isNull() ? record.textNode("") : field.getValue());
      }
    }
  }

  private ObjectNode shown(ObjectNode record) {
    ObjectNode copy = record.deepCopy();
    copy.remove(writeOnly);
    return copy;
  }
}
