package io.secplat.mock.jupiterone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indexes J1QL evaluation reads, kept up to date by {@link Graph} on every write: entities by
 * class, by type and by key, all entities, adjacency (the relationships touching each entity), and
 * lazily built equality indexes per property name. Every entity list is in insertion order (an
 * ascending sequence number), so a cursor resumes by binary search on that number: O(log n + page)
 * per page, whatever the size of the graph. Guarded by the graph's lock.
 */
final class GraphIndex {
  /** An entity and its insertion sequence number: the order of every index list. */
  record Indexed(long seq, GraphEntity entity) {}

  private final List<Indexed> all = new ArrayList<>();
  private final Map<String, List<Indexed>> byClass = new HashMap<>();
  private final Map<String, List<Indexed>> byType = new HashMap<>();
  private final Map<String, GraphEntity> byKey = new HashMap<>();
  private final Map<GraphEntity, Long> seqs = new IdentityHashMap<>();
  private final Map<String, List<GraphRelationship>> adjacency = new HashMap<>();
  private final Map<String, Map<Object, List<Indexed>>> byProperty = new HashMap<>();
  private long nextSeq;
  private long version;

  void clear() {
    all.clear();
    byClass.clear();
    byType.clear();
    byKey.clear();
    seqs.clear();
    adjacency.clear();
    byProperty.clear();
    version++;
  }

  void entityAdded(GraphEntity entity, GraphEntity replaced) {
    if (replaced != null) {
      entityRemoved(replaced);
    }
    Indexed indexed = new Indexed(nextSeq++, entity);
    seqs.put(entity, indexed.seq());
    all.add(indexed);
    for (String entityClass : classes(entity)) {
      byClass.computeIfAbsent(entityClass, k -> new ArrayList<>()).add(indexed);
    }
    byType.computeIfAbsent(entity.type, k -> new ArrayList<>()).add(indexed);
    byKey.put(keyOf(entity.type, entity.key), entity);
    for (Map.Entry<String, Map<Object, List<Indexed>>> index : byProperty.entrySet()) {
      for (Object value : indexValues(entity, index.getKey())) {
        index.getValue().computeIfAbsent(value, k -> new ArrayList<>()).add(indexed);
      }
    }
    if (entity.properties instanceof WatchedProperties) {
      ((WatchedProperties) entity.properties).watch(this);
    }
    version++;
  }

  void entityRemoved(GraphEntity entity) {
    Long seq = seqs.remove(entity);
    if (seq == null) {
      return;
    }
    remove(all, seq);
    for (String entityClass : classes(entity)) {
      remove(byClass.get(entityClass), seq);
    }
    remove(byType.get(entity.type), seq);
    byKey.remove(keyOf(entity.type, entity.key), entity);
    adjacency.remove(entity.id);
    byProperty.clear();
    if (entity.properties instanceof WatchedProperties) {
      ((WatchedProperties) entity.properties).watch(null);
    }
    version++;
  }

  void relationshipAdded(GraphRelationship relationship, GraphRelationship replaced) {
    if (replaced != null) {
      relationshipRemoved(replaced);
    }
    adjacency.computeIfAbsent(relationship.fromId, k -> new ArrayList<>()).add(relationship);
    if (!relationship.toId.equals(relationship.fromId)) {
      adjacency.computeIfAbsent(relationship.toId, k -> new ArrayList<>()).add(relationship);
    }
    version++;
  }

  void relationshipRemoved(GraphRelationship relationship) {
    List<GraphRelationship> from = adjacency.get(relationship.fromId);
    if (from != null) {
      from.remove(relationship);
    }
    List<GraphRelationship> to = adjacency.get(relationship.toId);
    if (to != null) {
      to.remove(relationship);
    }
    version++;
  }

  /** A property of an indexed entity changed in place: the property indexes are rebuilt lazily. */
  void propertiesChanged() {
    byProperty.clear();
    version++;
  }

  /** @return every _class of an entity: J1QL finds an entity by any of them */
  static List<String> classes(GraphEntity entity) {
    return entity.classes;
  }

  /** @return a number that changes with every write, for caches of whole results */
  long version() {
    return version;
  }

  List<Indexed> all() {
    return Collections.unmodifiableList(all);
  }

  List<Indexed> byClass(String entityClass) {
    return byClass.getOrDefault(entityClass, List.of());
  }

  List<Indexed> byType(String type) {
    return byType.getOrDefault(type, List.of());
  }

  GraphEntity byKey(String type, String key) {
    return byKey.get(keyOf(type, key));
  }

  long seq(GraphEntity entity) {
    Long seq = seqs.get(entity);
    return seq == null ? -1 : seq;
  }

  /** @return the relationships from or to an entity, oldest first */
  List<GraphRelationship> adjacent(String entityId) {
    return adjacency.getOrDefault(entityId, List.of());
  }

  /**
   * @return the entities whose property equals the value, or any element of it for a list; the
   *     value normalised as {@link #normalise} does
   */
  List<Indexed> byProperty(String property, Object value) {
    Map<Object, List<Indexed>> index = byProperty.get(property);
    if (index == null) {
      index = new HashMap<>();
      for (Indexed indexed : all) {
        for (Object v : indexValues(indexed.entity(), property)) {
          index.computeIfAbsent(v, k -> new ArrayList<>()).add(indexed);
        }
      }
      byProperty.put(property, index);
    }
    return index.getOrDefault(normalise(value), List.of());
  }

  /** @return the position of the first entry after a sequence number */
  static int after(List<Indexed> list, long seq) {
    int low = 0;
    int high = list.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (list.get(mid).seq() <= seq) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Numbers compare by value whatever their Java type; other values as they are. */
  static Object normalise(Object value) {
    if (value instanceof Number) {
      double d = ((Number) value).doubleValue();
      return d == Math.rint(d) && !Double.isInfinite(d) ? (Object) (long) d : (Object) d;
    }
    return value;
  }

  private static List<Object> indexValues(GraphEntity entity, String property) {
    Object value = J1qlValues.entityProperty(entity, property);
    if (value == null) {
      return List.of();
    }
    List<Object> values = new ArrayList<>();
    if (value instanceof List) {
      for (Object element : (List<?>) value) {
        if (element != null) {
          values.add(normalise(element));
        }
      }
    } else {
      values.add(normalise(value));
    }
    return values;
  }

  private static void remove(List<Indexed> list, long seq) {
    if (list == null) {
      return;
    }
    int at = after(list, seq - 1);
    if (at < list.size() && list.get(at).seq() == seq) {
      list.remove(at);
    }
  }

  private static String keyOf(String type, String key) {
    return type + '\u0000' + key;
  }
}
