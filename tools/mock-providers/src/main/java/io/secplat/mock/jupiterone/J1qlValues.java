package io.secplat.mock.jupiterone;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * J1QL's comparison semantics (reference sections "WITH", "AND/OR", "Filtering Behavior", "String
 * Comparisons", "Date Comparisons"): a scalar filter matches a list-valued property when any
 * element matches; {@code undefined} is the absence of a property; a negated comparison
 * ({@code !=}, {@code !~=}, …) is the negation of its positive form, so it holds for an absent
 * property; {@code = ('a' OR 'b')} holds when any value matches, {@code = ('a' AND 'b')} when all
 * do. Property access by J1QL name, metadata included.
 */
final class J1qlValues {
  /** The {@code undefined} keyword. */
  static final Object UNDEFINED = new Object() {
    @Override
    public String toString() {
      return "undefined";
    }
  };

  private J1qlValues() {}

  /** A property of an entity by J1QL name: metadata ({@code _class}, {@code _createdOn}, …) or custom. */
  static Object entityProperty(GraphEntity entity, String name) {
    switch (name) {
      case "_createdOn":
        return entity.createdOn;
      case "_beginOn":
        return entity.beginOn;
      case "_version":
        return (long) entity.version;
      case "_deleted":
        return Boolean.FALSE;
      default:
        return entity.property(name);
    }
  }

  /** A property of a relationship by J1QL name. */
  static Object relationshipProperty(GraphRelationship relationship, String name) {
    switch (name) {
      case "_id":
        return relationship.id;
      case "_key":
        return relationship.key;
      case "_type":
        return relationship.type;
      case "_class":
        return relationship.relationshipClass;
      case "_fromEntityId":
        return relationship.fromId;
      case "_toEntityId":
        return relationship.toId;
      case "_createdOn":
        return relationship.createdOn;
      case "_beginOn":
        return relationship.beginOn;
      case "_version":
        return (long) relationship.version;
      case "displayName":
        Object display = relationship.properties.get("displayName");
        return display == null ? relationship.relationshipClass : display;
      default:
        return relationship.properties.get(name);
    }
  }

  /** A property of whatever a selector bound: an entity, a relationship, or nothing. */
  static Object property(Object element, String name) {
    if (element instanceof GraphEntity) {
      return entityProperty((GraphEntity) element, name);
    }
    if (element instanceof GraphRelationship) {
      return relationshipProperty((GraphRelationship) element, name);
    }
    return null;
  }

  /**
   * @param actual the property's value (null when absent)
   * @param operator a positive comparator: = &lt; &lt;= &gt; &gt;= ~= ^= $=
   * @param expected the value compared with, or {@link #UNDEFINED}
   */
  static boolean test(Object actual, String operator, Object expected) {
    if (expected == UNDEFINED) {
      return operator.equals("=") && absent(actual);
    }
    if (actual instanceof List) {
      for (Object element : (List<?>) actual) {
        if (scalar(element, operator, expected)) {
          return true;
        }
      }
      return false;
    }
    return scalar(actual, operator, expected);
  }

  static boolean absent(Object actual) {
    return actual == null;
  }

  private static boolean scalar(Object actual, String operator, Object expected) {
    if (actual == null || expected == null) {
      return false;
    }
    switch (operator) {
      case "=":
        return same(actual, expected);
      case "<":
      case "<=":
      case ">":
      case ">=":
        Integer order = compare(actual, expected);
        if (order == null) {
          return false;
        }
        return operator.equals("<") ? order < 0 : operator.equals("<=") ? order <= 0
            : operator.equals(">") ? order > 0 : order >= 0;
      case "~=":
        return actual instanceof String && expected instanceof String && ((String) actual).contains((String) expected);
      case "^=":
        return actual instanceof String && expected instanceof String && ((String) actual).startsWith((String) expected);
      case "$=":
        return actual instanceof String && expected instanceof String && ((String) actual).endsWith((String) expected);
      default:
        throw new IllegalArgumentException("not a positive comparator: " + operator);
    }
  }

  /** Equality: numbers by value, a boolean literal also matches the strings "true"/"false". */
  static boolean same(Object actual, Object expected) {
    if (actual instanceof Number && expected instanceof Number) {
      return ((Number) actual).doubleValue() == ((Number) expected).doubleValue();
    }
    if (expected instanceof Boolean && actual instanceof String) {
      return ((String) actual).toLowerCase(Locale.ROOT).equals(expected.toString());
    }
    return Objects.equals(actual, expected);
  }

  /** Order of numbers (dates are epoch milliseconds) and of strings; null when they do not compare. */
  static Integer compare(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
    }
    if (a instanceof String && b instanceof String) {
      return ((String) a).compareTo((String) b);
    }
    return null;
  }

  /** Order for ORDER BY: absent values last, then numbers, strings, anything else by its text. */
  static int sortOrder(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    Integer order = compare(a, b);
    if (order != null) {
      return order;
    }
    if (a instanceof Number != b instanceof Number) {
      return a instanceof Number ? -1 : 1;
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }
}
