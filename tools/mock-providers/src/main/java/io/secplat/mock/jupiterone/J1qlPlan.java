package io.secplat.mock.jupiterone;

import java.util.List;
import java.util.Set;

/**
 * A J1QL query compiled from its syntax tree ({@link J1qlCompiler}) into what the evaluator runs.
 * Every selector (the start, each hop's relationship and target, each optional traversal) owns a
 * slot of a path; WHERE, RETURN and ORDER BY read the slots.
 *
 * @param start the FIND selector
 * @param steps the traversals, in order
 * @param where the post-traversal filter, or null
 * @param returns what RETURN asks for
 * @param order ORDER BY, empty for none
 * @param skip SKIP, 0 for none
 * @param limit LIMIT, or null
 * @param unique UNIQUE
 * @param slots how many slots a path has
 */
record J1qlPlan(Selector start, List<Step> steps, Condition where, Returns returns, List<Order> order, int skip,
    Integer limit, boolean unique, int slots) {

  /** What entities a selector accepts: the target and its WITH filter. */
  interface EntityTest {
    boolean test(GraphEntity entity);
  }

  /** A filter over a path (WHERE) or an element (WITH, with slot -1 meaning the element itself). */
  interface Condition {
    boolean test(Object[] path, Object element);
  }

  /**
   * The FIND target or a hop's target.
   *
   * @param classes exact classes, when the target names them (null: not by class)
   * @param types exact types (null: not by type)
   * @param any true for {@code *}, smart classes and full-text terms (every entity is a candidate)
   * @param target the target test beyond classes and types (smart class, full text), or null
   * @param with the WITH filter, or null
   * @param indexed an equality of the WITH filter that an index can answer, or null
   * @param slot the path slot
   */
  record Selector(Set<String> classes, Set<String> types, boolean any, EntityTest target, Condition with,
      Equality indexed, int slot) {

    boolean accepts(GraphEntity entity, Object[] path) {
      if (!any && !types.contains(entity.type) && GraphIndex.classes(entity).stream().noneMatch(classes::contains)) {
        return false;
      }
      return (target == null || target.test(entity)) && (with == null || with.test(path, entity));
    }
  }

  /** {@code property = value} that holds for every entity the WITH filter accepts. */
  record Equality(String property, Object value) {}

  /** A traversal step. */
  interface Step {}

  /** Relationship direction, relative to the entity the hop starts from. */
  enum Direction { BOTH, OUT, IN }

  /**
   * {@code THAT [!]VERB [>>|<<] [AS r] target}.
   *
   * @param negated {@code !VERB}: the hop holds when no such relationship exists, and binds nothing
   * @param verbs the relationship classes (upper case), or null for RELATES TO
   * @param direction the arrow
   * @param slot the relationship's slot
   * @param target the entity at the other end
   */
  record Hop(boolean negated, Set<String> verbs, Direction direction, int slot, Selector target) implements Step {}

  /**
   * {@code ( steps )? [AS alias]}: the entity before it and every entity its steps reach, combined.
   *
   * @param steps the inner steps
   * @param slot the combined entity's slot
   */
  record Optional(List<Step> steps, int slot) implements Step {}

  /** RETURN: nothing (the start entities), TREE, or columns. */
  record Returns(boolean tree, List<Column> columns) {
    boolean entities() {
      return !tree && columns.isEmpty();
    }

    boolean aggregated() {
      return columns.stream().anyMatch(c -> c.expression() != null && c.expression().aggregate());
    }
  }

  /**
   * A RETURN column: a name and the expression of its value; {@code alias.*} expands into one
   * column per property of the bound element (expandSlot &ge; 0).
   */
  record Column(String name, J1qlExpression expression, int expandSlot) {}

  /** An ORDER BY item. */
  record Order(J1qlExpression expression, String column, boolean descending) {}

  /** @return whether pages can be produced from the index without computing the whole answer */
  boolean streams() {
    return order.isEmpty() && !unique && !returns.tree() && !returns.aggregated()
        && !(steps.size() > 0 && steps.get(0) instanceof Optional);
  }
}
