package io.secplat.core;

import java.util.regex.Pattern;

/**
 * Argument checks that run before any request is built, so that bad input fails with a message
 * naming the argument and no byte reaches the server.
 */
public final class Arguments {
  private static final Pattern DOT_SEGMENT = Pattern.compile("\\.{1,2}");

  private Arguments() {}

  /**
   * Requires a non-null argument.
   *
   * @param name the argument's name, used in the message
   * @param value the argument
   * @param <T> its type
   * @return the value
   * @throws IllegalArgumentException naming the argument when it is null
   */
  public static <T> T requireNonNull(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * Requires a string that is neither null nor blank.
   *
   * @param name the argument's name, used in the message
   * @param value the argument
   * @return the value, unchanged
   * @throws IllegalArgumentException naming the argument when it is null or blank
   */
  public static String requireNonBlank(String name, String value) {
    requireNonNull(name, value);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Requires a value that can stand as one path segment: not blank, and not a dot segment
   * ({@code .} or {@code ..}), which every HTTP stack would resolve against the path before
   * sending. Everything else ({@code /}, {@code ?}, {@code #}, {@code %}) is percent-encoded
   * by the HTTP stack ({@link PathSegment#encode(String)}) and stays inside its segment.
   *
   * @param name the argument's name, used in the message
   * @param value the argument
   * @return the value, unchanged
   * @throws IllegalArgumentException naming the argument when it cannot be a path segment
   */
  public static String requirePathSegment(String name, String value) {
    requireNonBlank(name, value);
    if (DOT_SEGMENT.matcher(value).matches()) {
      throw new IllegalArgumentException(name + " must not be '.' or '..' (a dot path segment)");
    }
    return requireWellFormed(name, value);
  }

  /**
   * Requires text that UTF-8 can encode: no unpaired surrogate (which would be sent as {@code ?}).
   *
   * @param name the argument's name, used in the message
   * @param value the argument, or null
   * @return the value, unchanged
   * @throws IllegalArgumentException naming the argument and the position of the lone surrogate
   */
  public static String requireWellFormed(String name, String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(name + " has an unpaired UTF-16 surrogate at index " + i
            + " (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + "): it cannot be sent as UTF-8");
      }
    }
    return value;
  }

  /**
   * Requires a positive number.
   *
   * @param name the argument's name
   * @param value the argument
   * @return the value
   * @throws IllegalArgumentException naming the argument when it is zero or negative
   */
  public static int requirePositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /**
   * Requires a positive number, such as a numeric record id.
   *
   * @param name the argument's name
   * @param value the argument
   * @return the value
   * @throws IllegalArgumentException naming the argument when it is zero or negative
   */
  public static long requirePositive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
