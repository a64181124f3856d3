package io.secplat.mock.guardian;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.mock.paging.InsertionOrder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One resource's records (nodes, node groups or environments) by id, in creation order. Rails
 * semantics: an update changes only the fields sent, and a null sent is stored as an empty string
 * (as the seed documents for nodes). A page of them costs O(page + log n) ({@link InsertionOrder}).
 * Not thread-safe: {@link GuardianState} guards it.
 */
final class GuardianRecords {
  private final InsertionOrder<Long, ObjectNode> records = new InsertionOrder<>();
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

  /**
   * @param filter which records are listed (tested as stored), or null for all
   * @param from the first position among them, 0-based
   * @param to the position after the last
   * @return copies of those records as shown
   */
  List<ObjectNode> window(Predicate<? super ObjectNode> filter, long from, long to) {
    List<ObjectNode> page = filter == null ? records.range(from, to) : records.range(filter, from, to);
    page.replaceAll(this::shown);
    return page;
  }

  /** @return how many records there are */
  int size() {
    return records.size();
  }

  /** @return a copy of the first record (as stored, tested) that passes, as shown, or null */
  ObjectNode first(Predicate<? super ObjectNode> filter) {
    List<ObjectNode> found = records.range(filter, 0, 1);
    return found.isEmpty() ? null : shown(found.get(0));
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
