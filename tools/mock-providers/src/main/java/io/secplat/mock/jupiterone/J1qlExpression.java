package io.secplat.mock.jupiterone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A RETURN or ORDER BY expression (reference sections "RETURN", "Math Operations",
 * "Mathematical Expressions", "Scalar Functions", "Aggregation Functions"). A row is computed from
 * one path; an aggregation from every path of its group.
 */
interface J1qlExpression {
  /** @return the value for one path */
  Object value(Object[] path, String accountId);

  /** @return the value for a group of paths: aggregations aggregate, other expressions take the first */
  default Object groupValue(List<Object[]> paths, String accountId) {
    return paths.isEmpty() ? null : value(paths.get(0), accountId);
  }

  /** @return whether an aggregation function is part of this expression */
  default boolean aggregate() {
    return false;
  }

  /** {@code alias.property}. */
  static J1qlExpression property(int slot, String property) {
    return new J1qlExpression() {
      @Override
      public Object value(Object[] path, String accountId) {
        return J1qlValues.property(path[slot], property);
      }
    };
  }

  /** A whole selector: the entity in the list shape, the relationship in the edge shape. */
  static J1qlExpression element(int slot, Graph graph) {
    return new J1qlExpression() {
      @Override
      public Object value(Object[] path, String accountId) {
        Object element = path[slot];
        if (element instanceof GraphEntity) {
          return ((GraphEntity) element).j1qlRow(accountId);
        }
        return element instanceof GraphRelationship ? ((GraphRelationship) element).edge(accountId, graph) : null;
      }
    };
  }

  static J1qlExpression literal(Object value) {
    return (path, accountId) -> value;
  }

  /** {@code + - * / ^} on numbers; anything else gives null, as the reference says math needs numbers. */
  static J1qlExpression math(String operator, J1qlExpression left, J1qlExpression right) {
    return new J1qlExpression() {
      @Override
      public Object value(Object[] path, String accountId) {
        return apply(left.value(path, accountId), right.value(path, accountId));
      }

      @Override
      public Object groupValue(List<Object[]> paths, String accountId) {
        return apply(left.groupValue(paths, accountId), right.groupValue(paths, accountId));
      }

      @Override
      public boolean aggregate() {
        return left.aggregate() || right.aggregate();
      }

      private Object apply(Object a, Object b) {
        if (!(a instanceof Number) || !(b instanceof Number)) {
          return null;
        }
        double x = ((Number) a).doubleValue();
        double y = ((Number) b).doubleValue();
        switch (operator) {
          case "+":
            return number(x + y);
          case "-":
            return number(x - y);
          case "*":
            return number(x * y);
          case "/":
            return y == 0 ? null : number(x / y);
          default:
            return number(Math.pow(x, y));
        }
      }
    };
  }

  /** Scalar functions: abs, sqrt, ceil, floor, round, coalesce, concat, merge. */
  static J1qlExpression scalar(String function, List<J1qlExpression> arguments) {
    return new J1qlExpression() {
      @Override
      public Object value(Object[] path, String accountId) {
        List<Object> values = new ArrayList<>();
        arguments.forEach(a -> values.add(a.value(path, accountId)));
        return apply(values);
      }

      @Override
      public Object groupValue(List<Object[]> paths, String accountId) {
        List<Object> values = new ArrayList<>();
        arguments.forEach(a -> values.add(a.groupValue(paths, accountId)));
        return apply(values);
      }

      @Override
      public boolean aggregate() {
        return arguments.stream().anyMatch(J1qlExpression::aggregate);
      }

      private Object apply(List<Object> values) {
        switch (function) {
          case "coalesce":
            return values.stream().filter(v -> v != null).findFirst().orElse(null);
          case "concat":
            StringBuilder text = new StringBuilder();
            values.forEach(v -> text.append(v == null ? "" : v instanceof Double ? number((Double) v) : v));
            return text.toString();
          case "merge":
            Set<Object> merged = new LinkedHashSet<>();
            for (Object v : values) {
              if (v instanceof List) {
                merged.addAll((List<?>) v);
              } else if (v != null) {
                merged.add(v);
              }
            }
            return new ArrayList<>(merged);
          default:
            Object v = values.isEmpty() ? null : values.get(0);
            if (!(v instanceof Number)) {
              return null;
            }
            double x = ((Number) v).doubleValue();
            switch (function) {
              case "abs":
                return number(Math.abs(x));
              case "sqrt":
                return number(Math.sqrt(x));
              case "ceil":
                return number(Math.ceil(x));
              case "floor":
                return number(Math.floor(x));
              default:
                return number((double) Math.round(x));
            }
        }
      }
    };
  }

  /** Functions the mock evaluates, by lower-case name. */
  Set<String> SCALARS = Set.of("abs", "sqrt", "ceil", "floor", "round", "coalesce", "concat", "merge");
  Set<String> AGGREGATES = Set.of("count", "min", "max", "sum", "avg");

  /**
   * count (distinct elements or values), min, max, sum, avg over the paths of a group; each
   * distinct element counts once, however many paths lead to it.
   */
  static J1qlExpression aggregation(String function, J1qlExpression argument, int slot) {
    return new J1qlExpression() {
      @Override
      public Object value(Object[] path, String accountId) {
        return groupValue(List.<Object[]>of(path), accountId);
      }

      @Override
      public boolean aggregate() {
        return true;
      }

      @Override
      public Object groupValue(List<Object[]> paths, String accountId) {
        Map<Object, Object> byElement = new LinkedHashMap<>();
        for (Object[] path : paths) {
          Object element = slot >= 0 ? path[slot] : path;
          if (element == null) {
            continue;
          }
          Object value = argument == null ? element : argument.value(path, accountId);
          if (value != null) {
            byElement.putIfAbsent(argument == null ? element : List.of(element, value), value);
          }
        }
        if (function.equals("count")) {
          if (argument == null) {
            return (long) byElement.size();
          }
          Set<Object> distinct = new LinkedHashSet<>();
          for (Object value : byElement.values()) {
            if (value instanceof List) {
              distinct.addAll((List<?>) value);
            } else {
              distinct.add(value);
            }
          }
          return (long) distinct.size();
        }
        List<Double> numbers = new ArrayList<>();
        Object best = null;
        for (Object value : byElement.values()) {
          if (value instanceof Number) {
            numbers.add(((Number) value).doubleValue());
          }
          if (function.equals("min") || function.equals("max")) {
            if (best == null || (J1qlValues.compare(value, best) != null
                && (function.equals("min") ? J1qlValues.compare(value, best) < 0 : J1qlValues.compare(value, best) > 0))) {
              best = value;
            }
          }
        }
        switch (function) {
          case "min":
          case "max":
            return best;
          case "sum":
            return number(numbers.stream().mapToDouble(Double::doubleValue).sum());
          default:
            return numbers.isEmpty() ? null : number(numbers.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        }
      }
    };
  }

  /** Whole numbers as longs, so JSON shows 2 rather than 2.0. */
  static Object number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return null;
    }
    return value == Math.rint(value) && Math.abs(value) < 9.0E15 ? (Object) (long) value : (Object) value;
  }

  /** @return the function name as the mock knows it */
  static String functionName(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
