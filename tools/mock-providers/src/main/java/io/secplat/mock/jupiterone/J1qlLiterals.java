package io.secplat.mock.jupiterone;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** J1QL literals: quoted strings, numbers, date units ("Date Comparisons") and static dates. */
final class J1qlLiterals {
  private static final long HOUR = 3_600_000L;

  private J1qlLiterals() {}

  /** Months are 30 days and years 365 days: the reference does not define calendar arithmetic. */
  static long unit(String unit) {
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "hour":
      case "hr":
      case "hours":
      case "hrs":
        return HOUR;
      case "day":
      case "days":
        return 24 * HOUR;
      case "month":
      case "mo":
      case "months":
      case "mos":
        return 30 * 24 * HOUR;
      default:
        return 365 * 24 * HOUR;
    }
  }

  /** ISO 8601 forms the reference lists: YYYY, YYYY-MM, YYYY-MM-DD, and date-times with a zone. */
  static long staticDate(String text) {
    try {
      if (text.matches("\\d{4}")) {
        return LocalDate.of(Integer.parseInt(text), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
      }
      if (text.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(text).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
      }
      String full = text.toUpperCase(Locale.ROOT);
      if (full.matches(".*T\\d{2}(Z|[+-].*)")) {
        full = full.replaceFirst("T(\\d{2})", "T$1:00");
      }
      return OffsetDateTime.parse(full).toInstant().toEpochMilli();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw J1qlException.badInput("date(" + text + ") is not an ISO 8601 date the reference lists");
    }
  }

  static Object number(String text) {
    return text.contains(".") ? (Object) Double.valueOf(text) : (Object) Long.valueOf(text);
  }

  static String unquote(String quoted) {
    StringBuilder value = new StringBuilder();
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c == '\\' && i + 1 < quoted.length() - 1) {
        char escaped = quoted.charAt(++i);
        value.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped == 'r' ? '\r' : escaped);
      } else {
        value.append(c);
      }
    }
    return value.toString();
  }
}
