package io.secplat.mock.jupiterone;

import java.util.List;
import java.util.Locale;

/**
 * Walks a plan's traversals from one start entity over the graph's adjacency lists, depth first,
 * binding each selector's slot ("THAT", "Relationship direction operators", "Negating
 * relationships", "Optional traversals"). Relationships are bidirectional unless an arrow says
 * otherwise; a negated hop holds when no such relationship exists and binds nothing; an optional
 * traversal continues both from the entity before it and from every entity its steps reach, and
 * binds that combined entity to its slot. WITH filters apply as each entity is reached, WHERE when
 * a path is complete. The caller holds the graph's lock.
 */
final class J1qlTraversal {
  /** Receives complete paths; answers false to stop the walk. */
  interface Sink {
    boolean accept(Object[] path, GraphEntity current);
  }

  private final Graph graph;
  private final J1qlPlan plan;

  J1qlTraversal(Graph graph, J1qlPlan plan) {
    this.graph = graph;
    this.plan = plan;
  }

  /**
   * @return false when the sink stopped the walk
   */
  boolean walk(GraphEntity start, Sink sink) {
    Object[] path = new Object[plan.slots()];
    path[plan.start().slot()] = start;
    if (!plan.start().accepts(start, path)) {
      return true;
    }
    return steps(plan.steps(), 0, start, path, (p, current) ->
        plan.where() == null || plan.where().test(p, null) ? sink.accept(p, current) : true);
  }

  private boolean steps(List<J1qlPlan.Step> steps, int at, GraphEntity current, Object[] path, Sink sink) {
    if (at == steps.size()) {
      return sink.accept(path, current);
    }
    J1qlPlan.Step step = steps.get(at);
    if (step instanceof J1qlPlan.Optional) {
      J1qlPlan.Optional optional = (J1qlPlan.Optional) step;
      path[optional.slot()] = current;
      if (!steps(steps, at + 1, current, path, sink)) {
        return false;
      }
      boolean going = steps(optional.steps(), 0, current, path, (p, end) -> {
        p[optional.slot()] = end;
        return steps(steps, at + 1, end, p, sink);
      });
      path[optional.slot()] = null;
      return going;
    }
    J1qlPlan.Hop hop = (J1qlPlan.Hop) step;
    if (hop.negated()) {
      for (GraphRelationship relationship : graph.index().adjacent(current.id)) {
        GraphEntity other = other(hop, relationship, current);
        if (other != null && hop.target().accepts(other, path)) {
          return true;
        }
      }
      return steps(steps, at + 1, current, path, sink);
    }
    for (GraphRelationship relationship : graph.index().adjacent(current.id)) {
      GraphEntity other = other(hop, relationship, current);
      if (other == null || bound(path, relationship)) {
        continue; // a path crosses each relationship once, so it does not walk back the edge it came by
      }
      path[hop.slot()] = relationship;
      path[hop.target().slot()] = other;
      if (hop.target().accepts(other, path) && !steps(steps, at + 1, other, path, sink)) {
        return false;
      }
      path[hop.slot()] = null;
      path[hop.target().slot()] = null;
    }
    return true;
  }

  private static boolean bound(Object[] path, GraphRelationship relationship) {
    for (Object element : path) {
      if (element == relationship) {
        return true;
      }
    }
    return false;
  }

  /** @return the entity at the other end when the relationship fits the hop's verbs and arrow, else null */
  private GraphEntity other(J1qlPlan.Hop hop, GraphRelationship relationship, GraphEntity current) {
    if (hop.verbs() != null && (relationship.relationshipClass == null
        || !hop.verbs().contains(relationship.relationshipClass.toUpperCase(Locale.ROOT)))) {
      return null;
    }
    boolean from = relationship.fromId.equals(current.id);
    boolean to = relationship.toId.equals(current.id);
    if ((hop.direction() == J1qlPlan.Direction.OUT && !from) || (hop.direction() == J1qlPlan.Direction.IN && !to)) {
      return null;
    }
    return graph.entity(from ? relationship.toId : relationship.fromId);
  }
}
