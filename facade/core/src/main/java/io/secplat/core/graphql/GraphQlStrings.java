package io.secplat.core.graphql;

import io.secplat.core.Arguments;

/**
 * Writes a value as a GraphQL string literal, for the rare document that must carry a value
 * inline (when the argument's type is unknown, so no variable type can be declared for it).
 * Everything that could end the literal or the line is escaped: {@code "} and {@code \} by a
 * backslash, control characters as {@code \n}, {@code \r}, {@code \t}, {@code \b}, {@code \f} or
 * {@code \}{@code uXXXX}; every other character, non-ASCII included, stays as it is (the body is
 * UTF-8). The result parses back to exactly the value. Prefer variables wherever possible.
 *
 * <pre>{@code
 * String literal = GraphQlStrings.quote("a \"quoted\" id");   // "a \"quoted\" id"
 * }</pre>
 */
public final class GraphQlStrings {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private GraphQlStrings() {}

  /**
   * @param value the value, not null
   * @return the value as a double-quoted GraphQL string literal
   */
  public static String quote(String value) {
    Arguments.requireNonNull("value", value);
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
            out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
