package io.secplat.core.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses {@code Retry-After}: delay seconds or an HTTP date (RFC 9110, section 10.2.3). */
final class RetryAfter {
  private RetryAfter() {}

  /**
   * @param value the header value, or null
   * @param clock the clock an HTTP date is measured against
   * @return the wait, or null when absent or unreadable (never negative; a number of seconds
   *     beyond a long is the longest Duration)
   */
  static Duration parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    try {
      long seconds = Long.parseLong(text);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      if (text.chars().allMatch(Character::isDigit) && text.length() <= 64) {
        // more seconds than a long holds: a wait longer than any cap, not an absent header
        return Duration.ofSeconds(Long.MAX_VALUE);
      }
      try {
        ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
