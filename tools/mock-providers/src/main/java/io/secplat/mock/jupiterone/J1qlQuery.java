package io.secplat.mock.jupiterone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The subset of J1QL the mock understands, parsed:
 *
 * <pre>
 * FIND (Class | type | *) [AS alias] [WITH prop (= | !=) value [AND ...]] [RETURN a.prop [AS name], ...] [LIMIT n]
 * </pre>
 *
 * Keywords are case-insensitive; values are 'single' or "double" quoted strings with backslash
 * escapes, numbers, true, false, undefined, or {@code ${name}} taken from the J1QL variables.
 * Anything else is a syntax error, as a real J1QL parser would report.
 *
 * @param target the class or type after FIND, or {@code *}
 * @param alias the alias after AS, or null
 * @param conditions the WITH conditions, all of which must hold
 * @param projections the RETURN projections, empty for whole entities
 * @param limit the LIMIT, or null
 */
record J1qlQuery(String target, String alias, List<Condition> conditions, List<Projection> projections, Integer limit) {

  /** A WITH condition. */
  record Condition(String property, boolean negated, Object value) {
    boolean test(GraphEntity entity) {
      return same(entity.property(property), value) != negated;
    }

    private static boolean same(Object actual, Object expected) {
      if (actual instanceof Number && expected instanceof Number) {
        return ((Number) actual).doubleValue() == ((Number) expected).doubleValue();
      }
      return Objects.equals(actual, expected);
    }
  }

  /** A RETURN projection: {@code selector.property [AS name]}. */
  record Projection(String selector, String property, String name) {}

  /** The query text does not parse. */
  static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }

  boolean matches(GraphEntity entity) {
    boolean targeted = target.equals("*") || target.equals(entity.entityClass) || target.equals(entity.type);
    return targeted && conditions.stream().allMatch(c -> c.test(entity));
  }

  /**
   * @param text the J1QL text
   * @param variables the J1QL parameters referenced as {@code ${name}}
   * @return the parsed query
   * @throws SyntaxError when the text is not in the supported subset
   */
  static J1qlQuery parse(String text, Map<String, Object> variables) {
    Tokens tokens = new Tokens(J1qlTokenizer.tokenize(text));
    tokens.keyword("FIND");
    String target = tokens.word("a class, a type or *");
    String alias = tokens.acceptKeyword("AS") ? tokens.word("an alias") : null;
    List<Condition> conditions = new ArrayList<>();
    if (tokens.acceptKeyword("WITH")) {
      do {
        String property = tokens.word("a property name");
        String operator = tokens.operator();
        conditions.add(new Condition(property, operator.equals("!="), tokens.value(variables)));
      } while (tokens.acceptKeyword("AND"));
    }
    List<Projection> projections = new ArrayList<>();
    if (tokens.acceptKeyword("RETURN")) {
      do {
        String selected = tokens.word("a selector such as Person.name");
        int dot = selected.indexOf('.');
        if (dot <= 0 || dot == selected.length() - 1) {
          throw new SyntaxError("RETURN needs selector.property, got " + selected);
        }
        String name = tokens.acceptKeyword("AS") ? tokens.word("a column name") : selected;
        projections.add(new Projection(selected.substring(0, dot), selected.substring(dot + 1), name));
      } while (tokens.acceptComma());
    }
    Integer limit = null;
    if (tokens.acceptKeyword("LIMIT")) {
      Object n = tokens.value(variables);
      if (!(n instanceof Long) || (Long) n < 0) {
        throw new SyntaxError("LIMIT needs a non-negative integer");
      }
      limit = ((Long) n).intValue();
    }
    tokens.end();
    return new J1qlQuery(target, alias, List.copyOf(conditions), List.copyOf(projections), limit);
  }

  /** A cursor over the tokens with the grammar's small steps. */
  private static final class Tokens {
    private final List<J1qlTokenizer.Token> tokens;
    private int next;

    Tokens(List<J1qlTokenizer.Token> tokens) {
      this.tokens = tokens;
    }

    private J1qlTokenizer.Token peek() {
      return next < tokens.size() ? tokens.get(next) : null;
    }

    void keyword(String keyword) {
      if (!acceptKeyword(keyword)) {
        throw new SyntaxError("expected " + keyword + " at token " + (next + 1));
      }
    }

    boolean acceptKeyword(String keyword) {
      J1qlTokenizer.Token token = peek();
      if (token != null && token.kind() == J1qlTokenizer.Kind.WORD && token.text().toUpperCase(Locale.ROOT).equals(keyword)) {
        next++;
        return true;
      }
      return false;
    }

    boolean acceptComma() {
      J1qlTokenizer.Token token = peek();
      if (token != null && token.kind() == J1qlTokenizer.Kind.COMMA) {
        next++;
        return true;
      }
      return false;
    }

    String word(String what) {
      J1qlTokenizer.Token token = peek();
      if (token == null || token.kind() != J1qlTokenizer.Kind.WORD) {
        throw new SyntaxError("expected " + what + " at token " + (next + 1));
      }
      next++;
      return token.text();
    }

    String operator() {
      J1qlTokenizer.Token token = peek();
      if (token == null || token.kind() != J1qlTokenizer.Kind.OPERATOR) {
        throw new SyntaxError("expected = or != at token " + (next + 1));
      }
      next++;
      return token.text();
    }

    Object value(Map<String, Object> variables) {
      J1qlTokenizer.Token token = peek();
      if (token == null) {
        throw new SyntaxError("expected a value at the end of the query");
      }
      next++;
      switch (token.kind()) {
        case STRING:
          return token.text();
        case VARIABLE:
          if (variables == null || !variables.containsKey(token.text())) {
            throw new SyntaxError("J1QL variable ${" + token.text() + "} is not defined");
          }
          Object value = variables.get(token.text());
          return value instanceof Integer ? Long.valueOf((Integer) value) : value;
        case WORD:
          return literal(token.text());
        default:
          throw new SyntaxError("expected a value at token " + next);
      }
    }

    private static Object literal(String word) {
      switch (word.toLowerCase(Locale.ROOT)) {
        case "true":
          return Boolean.TRUE;
        case "false":
          return Boolean.FALSE;
        case "undefined":
        case "null":
          return null;
        default:
          try {
            return Long.valueOf(word);
          } catch (NumberFormatException notLong) {
            try {
              return Double.valueOf(word);
            } catch (NumberFormatException notNumber) {
              throw new SyntaxError("unquoted value " + word);
            }
          }
      }
    }

    void end() {
      if (peek() != null) {
        throw new SyntaxError("unexpected '" + peek().text() + "' at token " + (next + 1));
      }
    }
  }
}
