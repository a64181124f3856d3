package io.secplat.tools.gate;

import java.util.Collection;
import java.util.Locale;

/**
 * How much a change matters to consumers, in semantic-versioning terms. Ordered: a set of
 * changes is as serious as its most serious member.
 *
 * <pre>{@code
 * ChangeLevel.max(List.of(ChangeLevel.PATCH, ChangeLevel.MAJOR)); // MAJOR
 * }</pre>
 */
public enum ChangeLevel {
  /** Nothing a consumer can observe changed. */
  NONE,
  /** Documentation, examples or relaxed constraints: no new API, nothing breaks. */
  PATCH,
  /** Backwards-compatible additions: new operations, optional parameters, fields, enum values. */
  MINOR,
  /** Breaking: something a consumer relies on was removed, retyped or made stricter. */
  MAJOR;

  /** @return the lower-case name used in changelogs and workflow outputs ({@code "minor"}) */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param levels any levels
   * @return the most serious of them, {@link #NONE} when there are none
   */
  public static ChangeLevel max(Collection<ChangeLevel> levels) {
    return levels.stream().max(Enum::compareTo).orElse(NONE);
  }

  /**
   * @param other another level
   * @return the more serious of this and {@code other}
   */
  public ChangeLevel atLeast(ChangeLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
