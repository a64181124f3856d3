package io.secplat.guardian;

import io.secplat.core.Arguments;
import java.time.LocalDate;

/**
 * What the change report covers and how it is paged: a scope, a number of weeks or a date range,
 * whether ignored items count, and pages of {@code limit} records numbered from zero. Immutable;
 * each {@code with…} returns a copy.
 *
 * <pre>{@code
 * ChangeReportOptions lastMonth = ChangeReportOptions.defaults().withScope(Scope.environment(30))
 *     .withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)).withLimit(1000);
 * }</pre>
 *
 * @param scope the organisation, an environment, a node group or a node
 * @param weeks how many weeks back (Guardian's default 1), or null; not with dates
 * @param from the first day, or null
 * @param to the last day, or null
 * @param showIgnored whether ignored items are included (Guardian's default false), or null
 * @param limit records per page (Guardian's default 4000)
 * @param page the zero-based page a CSV report returns, and where JSON items start
 */
public record ChangeReportOptions(Scope scope, Integer weeks, LocalDate from, LocalDate to, Boolean showIgnored,
    int limit, int page) {
  /** Records per page unless another number is given (Guardian's default). */
  public static final int DEFAULT_LIMIT = 4000;

  /** Checks the options. */
  public ChangeReportOptions {
    Arguments.requireNonNull("scope", scope);
    if (weeks != null) {
      Arguments.requirePositive("weeks", weeks);
      if (from != null || to != null) {
        throw new IllegalArgumentException("weeks and dates (from, to) must not be combined");
      }
    }
    Dates.requireOrdered("from", from, "to", to);
    Arguments.requirePositive("limit", limit);
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative, was " + page);
    }
  }

  /** @return the whole organisation, Guardian's default period, 4000 records per page from page 0 */
  public static ChangeReportOptions defaults() {
    return new ChangeReportOptions(Scope.organisation(), null, null, null, null, DEFAULT_LIMIT, 0);
  }

  /**
   * @param value what the report covers, e.g. {@code Scope.nodeGroup(1)}
   * @return a copy with this scope
   */
  public ChangeReportOptions withScope(Scope value) {
    return new ChangeReportOptions(value, weeks, from, to, showIgnored, limit, page);
  }

  /**
   * @param value how many weeks back, e.g. {@code 4}
   * @return a copy covering that many weeks
   */
  public ChangeReportOptions withWeeks(int value) {
    return new ChangeReportOptions(scope, value, from, to, showIgnored, limit, page);
  }

  /**
   * @param first the first day, e.g. {@code LocalDate.of(2024, 1, 1)}
   * @param last the last day, e.g. {@code LocalDate.of(2024, 1, 31)}
   * @return a copy covering these days
   */
  public ChangeReportOptions withDates(LocalDate first, LocalDate last) {
    return new ChangeReportOptions(scope, weeks, Arguments.requireNonNull("from", first), Arguments.requireNonNull("to", last),
        showIgnored, limit, page);
  }

  /**
   * @param value whether ignored items are included, e.g. {@code true}
   * @return a copy with this setting
   */
  public ChangeReportOptions withShowIgnored(boolean value) {
    return new ChangeReportOptions(scope, weeks, from, to, value, limit, page);
  }

  /**
   * @param value records per page, e.g. {@code 1000}
   * @return a copy with this page size
   */
  public ChangeReportOptions withLimit(int value) {
    return new ChangeReportOptions(scope, weeks, from, to, showIgnored, value, page);
  }

  /**
   * @param value a zero-based page number, e.g. {@code 1} for the second page
   * @return a copy starting at that page
   */
  public ChangeReportOptions withPage(int value) {
    return new ChangeReportOptions(scope, weeks, from, to, showIgnored, limit, value);
  }
}
