package io.secplat.mock.guardian;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.mock.paging.InsertionOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Records that provider states seed for resources the Guardian mock otherwise answers from the
 * spec's examples (ServiceNow records, integrations, job tasks, events, scores, ...): named
 * listings such as {@code change_requests} or {@code jobs/1/tasks}, each in insertion order. A
 * listing that no state seeded is absent, and its operation keeps answering the documented
 * example. Not thread-safe: {@link GuardianState} guards it.
 */
final class SeededRecords {
  /** Each listing's records by id (a record without one under a key of its own), in insertion order. */
  private final Map<String, InsertionOrder<Object, ObjectNode>> listings = new LinkedHashMap<>();

  void clear() {
    listings.clear();
  }

  /** Adds a record to a listing (creating the listing), or replaces the one with the same id. */
  void put(String listing, ObjectNode record) {
    InsertionOrder<Object, ObjectNode> records = listings.computeIfAbsent(listing, name -> new InsertionOrder<>());
    Object key = record.has("id") ? (Object) record.get("id").asLong() : new Object();
    records.remove(key);                     // a replaced record moves to the end
    records.put(key, record.deepCopy());
  }

  /** @return copies of the listing's records, or null when no state seeded it */
  List<ObjectNode> list(String listing) {
    InsertionOrder<Object, ObjectNode> records = listings.get(listing);
    if (records == null) {
      return null;
    }
    List<ObjectNode> copies = new ArrayList<>(records.size());
    records.values().forEach(record -> copies.add(record.deepCopy()));
    return copies;
  }

  /**
   * @param listing the listing
   * @param filter which records count, or null for all
   * @param from the first position among them, 0-based
   * @param to the position after the last
   * @return copies of those records, or null when no state seeded the listing
   */
  List<ObjectNode> window(String listing, Predicate<? super ObjectNode> filter, long from, long to) {
    InsertionOrder<Object, ObjectNode> records = listings.get(listing);
    if (records == null) {
      return null;
    }
    List<ObjectNode> page = filter == null ? records.range(from, to) : records.range(filter, from, to);
    page.replaceAll(ObjectNode::deepCopy);
    return page;
  }

  /** @return a copy of the listing's record with this id, or null */
  ObjectNode find(String listing, long id) {
    InsertionOrder<Object, ObjectNode> records = listings.get(listing);
    ObjectNode record = records == null ? null : records.get(id);
    return record == null ? null : record.deepCopy();
  }
}
