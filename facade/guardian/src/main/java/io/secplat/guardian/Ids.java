package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.PathSegment;
import java.util.List;

/**
 * Guardian's ids are positive 64-bit numbers: a number cannot leave its path segment, so ids are
 * checked. The one string path parameter, the Rails format suffix, is checked by
 * {@link PathSegment}; the HTTP stack encodes every path parameter.
 */
final class Ids {
  /** The {@code json} format suffix of operations that can also answer CSV or PDF. */
  static final String JSON = PathSegment.of("format", "json");
  /** The {@code csv} format suffix. */
  static final String CSV = PathSegment.of("format", "csv");
  /** The {@code pdf} format suffix. */
  static final String PDF = PathSegment.of("format", "pdf");

  private Ids() {}

  /** @return the id, checked to be positive (the message names the argument) */
  static long id(String name, long value) {
    return Arguments.requirePositive(name, value);
  }

  /** @return a copy of a list of ids, each checked, the list holding at least {@code minimum} */
  static List<Long> list(String name, List<Long> ids, int minimum) {
    Arguments.requireNonNull(name, ids);
    if (ids.size() < minimum) {
      throw new IllegalArgumentException(name + " must hold at least " + minimum + " id" + (minimum == 1 ? "" : "s")
          + ", held " + ids.size());
    }
    ids.forEach(id -> id(name + "[]", Arguments.requireNonNull(name + "[]", id)));
    return List.copyOf(ids);
  }
}
