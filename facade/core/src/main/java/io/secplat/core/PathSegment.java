package io.secplat.core;

import java.nio.charset.StandardCharsets;

/**
 * Keeps a value inside one path segment whatever it contains.
 *
 * <p>Every client's HTTP stack encodes every path parameter of every generated operation with
 * {@link #encode(String)} (see {@code io.secplat.core.http.SegmentSafeContract}): every octet
 * outside RFC 3986's unreserved set ({@code A-Z a-z 0-9 - . _ ~}) is percent-encoded, so
 * {@code /}, {@code ?}, {@code #} and {@code %} can never change the request path. Callers,
 * the façades and users of {@link VendorClient#api(Class)} alike, pass raw values; {@link #of}
 * checks one early, naming the argument.
 */
public final class PathSegment {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegment() {}

  /**
   * Checks a path parameter before anything is sent. The value is returned as it is: the HTTP
   * stack encodes it (encoding it here as well would encode it twice).
   *
   * @param name the parameter's name, used in error messages
   * @param value the raw value
   * @return the value, unchanged
   * @throws IllegalArgumentException when the value is null, blank or a dot segment
   */
  public static String of(String name, String value) {
    return Arguments.requirePathSegment(name, value);
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
