package io.secplat.guardian;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How dates travel to Guardian: days as {@code 2014-01-31}, times as {@code 2018-07-07 12:34:56}
 * (the seed's examples; the server reads them in its own time zone).
 */
final class Dates {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Dates() {}

  static String day(LocalDate date) {
    return date == null ? null : date.toString();
  }

  static String time(LocalDateTime time) {
    return time == null ? null : DATE_TIME.format(time);
  }

  /** Refuses a range that ends before it starts, naming both ends. */
  static <T extends Comparable<? super T>> void requireOrdered(String fromName, T from, String toName, T to) {
    if (from != null && to != null && to.compareTo(from) < 0) {
      throw new IllegalArgumentException(toName + " must not be before " + fromName + ", was " + to + " < " + from);
    }
  }
}
