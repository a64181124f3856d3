package io.secplat.mock.veza;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code filter} of ListAssessmentQueries. Veza documents only {@code name co "User"}; the
 * mock understands one SCIM comparison {@code <field> <op> "<text>"} on a top-level string field
 * of the saved query, with {@code op} one of {@code co}, {@code eq}, {@code ne}, {@code sw},
 * {@code ew}, compared case-insensitively ({@code \"} and {@code \\} escape inside the text).
 * Anything else is answered with 400 InvalidArgument rather than silently ignored.
 */
final class QueryFilter implements Predicate<JsonNode> {
  private static final Pattern COMPARISON =
      Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s+(co|eq|ne|sw|ew)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final QueryFilter ALL = new QueryFilter(null, null, null);
  private final String field;
  private final String op;
  private final String text;

  private QueryFilter(String field, String op, String text) {
    this.field = field;
    this.op = op;
    this.text = text;
  }

  /**
   * @param filter the filter parameter, or null
   * @return the filter; everything passes a null or blank one
   * @throws IllegalArgumentException when the mock does not understand it
   */
  static QueryFilter parse(String filter) {
    if (filter == null || filter.isBlank()) {
      return ALL;
    }
    Matcher m = COMPARISON.matcher(filter);
    if (!m.matches()) {
      throw new IllegalArgumentException("unsupported filter \"" + filter
          + "\": the mock understands <field> co|eq|ne|sw|ew \"<text>\", for example name co \"User\"");
    }
    String text = m.group(3).replaceAll("\\\\(.)", "$1").toLowerCase(Locale.ROOT);
    return new QueryFilter(m.group(1), m.group(2).toLowerCase(Locale.ROOT), text);
  }

  /** @return whether every query passes (no filter was given) */
  boolean passesEverything() {
    return field == null;
  }

  @Override
  public boolean test(JsonNode query) {
    if (field == null) {
      return true;
    }
    JsonNode node = query.path(field);
    String value = node.isTextual() ? node.asText().toLowerCase(Locale.ROOT) : null;
    switch (op) {
      case "co":
        return value != null && value.contains(text);
      case "eq":
        return text.equals(value);
      case "ne":
        return !text.equals(value);
      case "sw":
        return value != null && value.startsWith(text);
      default:
        return value != null && value.endsWith(text);
    }
  }
}
