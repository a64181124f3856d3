package io.secplat.mock.jupiterone;

import java.util.List;
import java.util.Map;

/**
 * {@code VertexFilters} and {@code filterType} applied to entities: {@code _id} and {@code _key}
 * must be equal; each of the lists {@code _type} and {@code _class} must all match the entity
 * (AND, the default) or one of them must (OR).
 */
final class Filters {
  private Filters() {}

  static boolean matches(GraphEntity entity, Map<String, Object> filters, String filterType) {
    if (filters == null) {
      return true;
    }
    boolean any = "OR".equals(filterType);
    return same(filters.get("_id"), entity.id)
        && same(filters.get("_key"), entity.key)
        && inList(filters.get("_type"), entity.type, any)
        && inList(filters.get("_class"), entity.entityClass, any);
  }

  static boolean matchesClasses(GraphEntity entity, List<?> classes, String filterType) {
    return inList(classes, entity.entityClass, "OR".equals(filterType));
  }

  private static boolean same(Object expected, String actual) {
    return expected == null || expected.equals(actual);
  }

  private static boolean inList(Object expected, String actual, boolean any) {
    if (!(expected instanceof List) || ((List<?>) expected).isEmpty()) {
      return true;
    }
    List<?> values = (List<?>) expected;
    return any ? values.contains(actual) : values.stream().allMatch(actual::equals);
  }
}
