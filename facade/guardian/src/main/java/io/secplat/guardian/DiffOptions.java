package io.secplat.guardian;

import io.secplat.core.Arguments;
import java.time.LocalDateTime;

/**
 * Which node scan item diffs to list: a scope, a time range, whether ignored items are included,
 * and the page size. Immutable; each {@code with…} returns a copy.
 *
 * <pre>{@code
 * DiffOptions today = DiffOptions.defaults().withScope(Scope.node(311))
 *     .withTimes(LocalDate.now().atStartOfDay(), LocalDateTime.now());
 * }</pre>
 *
 * @param scope the organisation, an environment, a node group or a node
 * @param from diffs at or after this time, or null
 * @param to diffs at or before this time, or null
 * @param includeIgnored whether ignored items are included (Guardian's default false), or null
 * @param perPage diff items per request (Guardian's default 500)
 */
public record DiffOptions(Scope scope, LocalDateTime from, LocalDateTime to, Boolean includeIgnored, int perPage) {
  /** Diff items per request unless another number is given (Guardian's default). */
  public static final int DEFAULT_PER_PAGE = 500;

  /** Checks the options. */
  public DiffOptions {
    Arguments.requireNonNull("scope", scope);
    Dates.requireOrdered("from", from, "to", to);
    Arguments.requirePositive("perPage", perPage);
  }

  /** @return the whole organisation, any time, 500 per request */
  public static DiffOptions defaults() {
    return new DiffOptions(Scope.organisation(), null, null, null, DEFAULT_PER_PAGE);
  }

  /**
   * @param value what to list diffs of, e.g. {@code Scope.environment(30)}
   * @return a copy with this scope
   */
  public DiffOptions withScope(Scope value) {
    return new DiffOptions(value, from, to, includeIgnored, perPage);
  }

  /**
   * @param first the earliest time, e.g. {@code LocalDateTime.of(2018, 7, 7, 12, 34, 56)}
   * @param last the latest time
   * @return a copy covering these times
   */
  public DiffOptions withTimes(LocalDateTime first, LocalDateTime last) {
    return new DiffOptions(scope, Arguments.requireNonNull("from", first), Arguments.requireNonNull("to", last),
        includeIgnored, perPage);
  }

  /**
   * @param value whether ignored items are included, e.g. {@code true}
   * @return a copy with this setting
   */
  public DiffOptions withIncludeIgnored(boolean value) {
    return new DiffOptions(scope, from, to, value, perPage);
  }

  /**
   * @param value diff items per request, e.g. {@code 100}
   * @return a copy with this page size
   */
  public DiffOptions withPerPage(int value) {
    return new DiffOptions(scope, from, to, includeIgnored, value);
  }
}
