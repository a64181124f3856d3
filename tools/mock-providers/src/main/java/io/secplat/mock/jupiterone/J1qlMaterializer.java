package io.secplat.mock.jupiterone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole answer of a query that cannot stream: RETURN TREE (every vertex and edge of every
 * matching path), aggregations (grouped by the values of the non-aggregated columns, reference
 * "How aggregations are applied"), UNIQUE (duplicate rows dropped), ORDER BY (absent values last),
 * and queries that start with an optional traversal (the start entities and the entities the
 * optional traversals reach, combined). SKIP and LIMIT apply to the rows after sorting. The caller
 * holds the graph's lock.
 */
final class J1qlMaterializer {
  /** The answer: its type and its rows (for a tree, one row holding vertices and edges). */
  record Answer(String type, List<Object> rows) {}

  private record Row(Object value, Object[] path) {}

  private final Graph graph;
  private final J1qlPlan plan;
  private final String accountId;

  J1qlMaterializer(Graph graph, J1qlPlan plan, String accountId) {
    this.graph = graph;
    this.plan = plan;
    this.accountId = accountId;
  }

  Answer answer() {
    List<Object[]> paths = new ArrayList<>();
    J1qlTraversal traversal = new J1qlTraversal(graph, plan);
    J1qlCandidates candidates = J1qlCandidates.of(graph.index(), plan.start(), 0);
    while (candidates.hasNext()) {
      traversal.walk(candidates.next().entity(), (path, current) -> paths.add(path.clone()));
    }
    if (plan.returns().tree()) {
      return new Answer("tree", List.of(tree(paths)));
    }
    List<Row> rows = plan.returns().entities() ? entities(paths) : plan.returns().aggregated() ? groups(paths)
        : table(paths);
    if (plan.unique()) {
      Set<Object> seen = new LinkedHashSet<>();
      rows.removeIf(row -> !seen.add(row.value()));
    }
    if (!plan.order().isEmpty()) {
      rows.sort(order());
    }
    int from = Math.min(plan.skip(), rows.size());
    int to = plan.limit() == null ? rows.size() : (int) Math.min(rows.size(), (long) from + plan.limit());
    List<Object> values = new ArrayList<>();
    rows.subList(from, to).forEach(row -> values.add(row.value()));
    return new Answer(plan.returns().entities() ? "list" : "table", values);
  }

  /** The entity each path answers with: the start, or the combined entity of leading optional traversals. */
  private List<Row> entities(List<Object[]> paths) {
    int slot = plan.start().slot();
    for (J1qlPlan.Step step : plan.steps()) {
      if (!(step instanceof J1qlPlan.Optional)) {
        break;
      }
      slot = ((J1qlPlan.Optional) step).slot();
    }
    Map<String, Row> byId = new LinkedHashMap<>();
    for (Object[] path : paths) {
      GraphEntity entity = (GraphEntity) path[slot];
      byId.computeIfAbsent(entity.id, id -> new Row(entity.j1qlRow(accountId), path));
    }
    return new ArrayList<>(byId.values());
  }

  private List<Row> table(List<Object[]> paths) {
    List<Row> rows = new ArrayList<>();
    paths.forEach(path -> rows.add(new Row(J1qlRows.row(plan.returns().columns(), path, accountId), path)));
    return rows;
  }

  private List<Row> groups(List<Object[]> paths) {
    Map<List<Object>, List<Object[]>> groups = new LinkedHashMap<>();
    List<J1qlPlan.Column> columns = plan.returns().columns();
    for (Object[] path : paths) {
      List<Object> key = new ArrayList<>();
      for (J1qlPlan.Column column : columns) {
        if (column.expandSlot() >= 0) {
          key.add(path[column.expandSlot()]);
        } else if (!column.expression().aggregate()) {
          key.add(column.expression().value(path, accountId));
        }
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(path);
    }
    if (groups.isEmpty() && columns.stream().allMatch(c -> c.expandSlot() < 0 && c.expression().aggregate())) {
      groups.put(List.of(), List.of());
    }
    List<Row> rows = new ArrayList<>();
    for (List<Object[]> group : groups.values()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (J1qlPlan.Column column : columns) {
        if (column.expandSlot() >= 0) {
          J1qlRows.flatten(column.name(), group.get(0)[column.expandSlot()], row);
        } else {
          row.put(column.name(), column.expression().groupValue(group, accountId));
        }
      }
      rows.add(new Row(row, group.isEmpty() ? new Object[plan.slots()] : group.get(0)));
    }
    return rows;
  }

  private Comparator<Row> order() {
    Comparator<Row> comparator = null;
    for (J1qlPlan.Order order : plan.order()) {
      Comparator<Row> next = (a, b) -> J1qlValues.sortOrder(sortValue(order, a), sortValue(order, b));
      if (order.descending()) {
        Comparator<Row> ascending = next;
        next = (a, b) -> {
          Object x = sortValue(order, a);
          Object y = sortValue(order, b);
          return x == null || y == null ? ascending.compare(a, b) : -ascending.compare(a, b);
        };
      }
      comparator = comparator == null ? next : comparator.thenComparing(next);
    }
    return comparator;
  }

  private Object sortValue(J1qlPlan.Order order, Row row) {
    if (order.expression() == null) {
      return ((Map<?, ?>) row.value()).get(order.column());
    }
    return order.expression().value(row.path(), accountId);
  }

  /** RETURN TREE: every entity and relationship of the matching paths, once each. */
  private Map<String, Object> tree(List<Object[]> paths) {
    Map<String, Object> vertices = new LinkedHashMap<>();
    Map<String, Object> edges = new LinkedHashMap<>();
    for (Object[] path : paths) {
      for (Object element : path) {
        if (element instanceof GraphEntity) {
          GraphEntity entity = (GraphEntity) element;
          vertices.computeIfAbsent(entity.id, id -> entity.vertex(accountId));
        } else if (element instanceof GraphRelationship) {
          GraphRelationship relationship = (GraphRelationship) element;
          edges.computeIfAbsent(relationship.id, id -> relationship.edge(accountId, graph));
        }
      }
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("vertices", new ArrayList<>(vertices.values()));
    tree.put("edges", new ArrayList<>(edges.values()));
    return tree;
  }
}
