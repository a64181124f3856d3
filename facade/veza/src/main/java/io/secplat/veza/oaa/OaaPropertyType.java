package io.secplat.veza.oaa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;

/** The types of custom properties (oaaclient's {@code OAAPropertyType}). */
public enum OaaPropertyType {
  /** true or false. */
  BOOLEAN,
  /** An integer number. */
  NUMBER,
  /** A string. */
  STRING,
  /** A list of strings. */
  STRING_LIST,
  /** An RFC 3339 time stamp (an {@link Instant}, an {@link OffsetDateTime} or its text). */
  TIMESTAMP;

  /**
   * @param value a property value
   * @return whether the value has this type
   */
  boolean accepts(Object value) {
    switch (this) {
      case BOOLEAN:
        return value instanceof Boolean;
      case NUMBER:
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
      case STRING:
        return value instanceof String;
      case STRING_LIST:
        return value instanceof Collection<?> list && list.stream().allMatch(String.class::isInstance);
      default:
        return value instanceof Instant || value instanceof OffsetDateTime
            || value instanceof String s && isTimestamp(s);
    }
  }

  private static boolean isTimestamp(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }
}
