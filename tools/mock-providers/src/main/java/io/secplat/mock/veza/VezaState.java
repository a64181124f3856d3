package io.secplat.mock.veza;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.mock.paging.InsertionOrder;
import io.secplat.mock.paging.Pageable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Veza mock keeps: saved queries (in creation order, by id) and tag promotion rules
 * (unique by {@code tag_key} and {@code tag_type}). Seeded from the spec's examples, changed by
 * the create, update, delete, promote and demote calls. Thread-safe; every result is a copy.
 */
public final class VezaState {
  private final InsertionOrder<String, ObjectNode> queries = new InsertionOrder<>();
  /** The saved queries as a listing, each call under this state's lock. */
  private final Pageable<ObjectNode> queryListing = Pageable.guarded(this, queries);
  private final List<ObjectNode> promotions = new ArrayList<>();
  private final Seed seed;

  /**
   * The documented starting state.
   *
   * @param queries saved queries in the AssessmentQuery shape, each with an {@code id}
   * @param promotions tag promotion rules in the TagPromotion shape
   */
  public record Seed(List<ObjectNode> queries, List<ObjectNode> promotions) {}

  VezaState(Seed seed) {
    this.seed = seed;
    reset();
  }

  /** Restores the documented starting state. */
  public synchronized void reset() {
    queries.clear();
    promotions.clear();
    seed.queries().forEach(q -> {
      if (!queries.containsKey(q.get("id").asText())) {
        queries.put(q.get("id").asText(), q.deepCopy());
      }
    });
    seed.promotions().forEach(p -> promotions.add(p.deepCopy()));
  }

  /**
   * The saved queries in creation order, for paging: the stored queries themselves, which callers
   * copy before changing (a stored query is replaced, never changed in place).
   */
  Pageable<ObjectNode> queries() {
    return queryListing;
  }

  /** @return a copy of the saved query, or null when there is none with that id */
  synchronized ObjectNode query(String id) {
    ObjectNode query = queries.get(id);
    return query == null ? null : query.deepCopy();
  }

  /** Forgets every saved query (the provider state "no saved queries"). */
  synchronized void clearQueries() {
    queries.clear();
  }

  /**
   * Makes sure a saved query with this id and name exists (a provider state): a copy of the
   * first documented query, renamed.
   */
  synchronized void ensureQuery(String id, String name) {
    ObjectNode template = seed.queries().isEmpty() ? null : seed.queries().get(0);
    ObjectNode query = template == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
        : template.deepCopy();
    query.put("id", id);
    query.put("name", name);
    queries.put(id, query);
  }

  synchronized boolean hasQuery(String id) {
    return queries.containsKey(id);
  }

  /** Stores a new query or replaces the one with the same id. */
  synchronized void saveQuery(ObjectNode query) {
    queries.put(query.get("id").asText(), query.deepCopy());
  }

  synchronized boolean deleteQuery(String id) {
    return queries.remove(id) != null;
  }

  synchronized List<ObjectNode> promotions() {
    List<ObjectNode> copies = new ArrayList<>();
    promotions.forEach(p -> copies.add(p.deepCopy()));
    return copies;
  }

  /** @return false when a rule with the same tag_key and tag_type exists (it is left unchanged) */
  synchronized boolean promote(ObjectNode promotion) {
    if (indexOf(promotion.path("tag_key").asText(), promotion.path("tag_type").asText()) >= 0) {
      return false;
    }
    promotions.add(promotion.deepCopy());
    return true;
  }

  /** @return false when there is no such rule */
  synchronized boolean demote(String tagKey, String tagType) {
    int index = indexOf(tagKey, tagType);
    if (index < 0) {
      return false;
    }
    promotions.remove(index);
    return true;
  }

  private int indexOf(String tagKey, String tagType) {
    for (int i = 0; i < promotions.size(); i++) {
      ObjectNode p = promotions.get(i);
      if (tagKey.equals(p.path("tag_key").asText()) && tagType.equals(p.path("tag_type").asText())) {
        return i;
      }
    }
    return -1;
  }
}
