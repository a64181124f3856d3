package io.secplat.guardian;

import java.util.Locale;

/**
 * How a file check compares a file attribute with the expected value.
 *
 * <pre>{@code
 * new FileCheck("files", "/etc/ssh/sshd_config", "contents", FileCheckType.INCLUDES, "PermitRootLogin no");
 * }</pre>
 */
public enum FileCheckType {
  /** Equal to the expected value. */
  EQUALS,
  /** Includes the expected value. */
  INCLUDES,
  /** Excludes the expected value. */
  EXCLUDES,
  /** A conditional check. */
  CONDITIONAL,
  /** Compares versions. */
  VERSION_COMPARISON,
  /** Compares times. */
  TIME_COMPARISON,
  /** Matches a regular expression. */
  REGEX,
  /** Does not match a regular expression. */
  REGEX_EXCLUDES,
  /** Allows the value. */
  ALLOW,
  /** Matches an XPath expression. */
  XPATH,
  /** The attribute is present. */
  PRESENT;

  /** @return the value sent as {@code check}, e.g. {@code version_comparison} */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
