package io.secplat.mock.guardian;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records that provider states seed for resources the Guardian mock otherwise answers from the
 * spec's examples (ServiceNow records, integrations, job tasks, events, scores, ...): named
 * listings such as {@code change_requests} or {@code jobs/1/tasks}, each in insertion order. A
 * listing that no state seeded is absent, and its operation keeps answering the documented
 * example. Not thread-safe: {@link GuardianState} guards it.
 */
final class SeededRecords {
  private final Map<String, List<ObjectNode>> listings = new LinkedHashMap<>();

  void clear() {
    listings.clear();
  }

  /** Adds a record to a listing (creating the listing), or replaces the one with the same id. */
  void put(String listing, ObjectNode record) {
    List<ObjectNode> records = listings.computeIfAbsent(listing, name -> new ArrayList<>());
    if (record.has("id")) {
      records.removeIf(existing -> existing.path("id").asLong() == record.get("id").asLong());
    }
    records.add(record.deepCopy());
  }

  /** @return copies of the listing's records, or null when no state seeded it */
  List<ObjectNode> list(String listing) {
    List<ObjectNode> records = listings.get(listing);
    if (records == null) {
      return null;
    }
    List<ObjectNode> copies = new ArrayList<>();
    records.forEach(record -> copies.add(record.deepCopy()));
    return copies;
  }

  /** @return a copy of the listing's record with this id, or null */
  ObjectNode find(String listing, long id) {
    for (ObjectNode record : listings.getOrDefault(listing, List.of())) {
      if (record.path("id").asLong() == id) {
        return record.deepCopy();
      }
    }
    return null;
  }
}
