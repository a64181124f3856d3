package io.secplat.mock.jupiterone;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Deferred J1QL results ({@code deferredResponse: FORCE}): the result is computed at once and
 * kept under a random id; its state document says {@code IN_PROGRESS} for the configured number
 * of polls, then {@code COMPLETED} with the results link and, as production's does, the page
 * itself ({@code data}, {@code cursor}, {@code totalCount}). Both links are capability URLs on the
 * mock server (like the pre-signed links the real service hands out): no credentials needed.
 */
final class DeferredResults {
  static final String PATH_PATTERN = "/j1-deferred/[^/]+/(state|results)\\.json";

  private record Entry(Map<String, Object> result, AtomicInteger pollsInProgress, String base) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** @return the state URL of a new deferred result */
  String create(Map<String, Object> result, int pollsInProgress, String base) {
    String id = UUID.randomUUID().toString();
    put(id, result, pollsInProgress, base);
    return base + "/j1-deferred/" + id + "/state.json";
  }

  /**
   * Keeps a result under a given id, as a provider state that names it needs.
   *
   * @param base the links' base, or null for the base of the request that reads the state link
   */
  void put(String id, Map<String, Object> result, int pollsInProgress, String base) {
    entries.put(id, new Entry(result, new AtomicInteger(pollsInProgress), base));
  }

  /** @return the state document, or null for an unknown id */
  Map<String, Object> state(String id, String requestBase) {
    Entry entry = entries.get(id);
    if (entry == null) {
      return null;
    }
    Map<String, Object> state = new LinkedHashMap<>();
    if (entry.pollsInProgress().getAndDecrement() > 0) {
      state.put("status", "IN_PROGRESS");
      state.put("correlationId", id);
    } else {
      state.put("status", "COMPLETED");
      state.put("correlationId", id);
      state.put("url", (entry.base() != null ? entry.base() : requestBase) + "/j1-deferred/" + id + "/results.json");
      // production's completed state document also carries the page itself, which JupiterOne's
      // Node client reads from it: data, cursor (null on the last page) and totalCount
      state.put("data", entry.result().get("data"));
      state.put("cursor", entry.result().get("cursor"));
      if (entry.result().get("totalCount") != null) {
        state.put("totalCount", entry.result().get("totalCount"));
      }
    }
    return state;
  }

  /** @return the results, or null for an unknown id */
  Map<String, Object> results(String id) {
    Entry entry = entries.get(id);
    return entry == null ? null : entry.result();
  }

  void reset() {
    entries.clear();
  }
}
