package io.secplat.core;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes a value so that it stays inside one path segment whatever it contains.
 *
 * <p>Every octet outside RFC 3986's unreserved set ({@code A-Z a-z 0-9 - . _ ~}) is encoded,
 * so {@code /}, {@code ?}, {@code #} and {@code %} can never change the request path. The
 * façades pass encoded values to the generated clients, whose Feign contract is set not to
 * touch values that are already encoded (see {@code io.secplat.core.http.SegmentSafeContract}).
 */
public final class PathSegment {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegment() {}

  /**
   * Checks and encodes a path parameter.
   *
   * @param name the parameter's name, used in error messages
   * @param value the raw value
   * @return the encoded segment
   * @throws IllegalArgumentException when the value is null, blank or a dot segment
   */
  public static String of(String name, String value) {
    return encode(Arguments.requirePathSegment(name, value));
  }

  /**
   * Percent-encodes every octet that is not unreserved.
   *
   * @param value the raw value
   * @return the encoded value
   */
  public static String encode(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
