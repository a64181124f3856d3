package io.secplat.guardian;

import io.secplat.core.Arguments;

/**
 * A check of one attribute of one file, added to a policy.
 *
 * <pre>{@code
 * FileCheck noRootLogin = new FileCheck("files", "/etc/ssh/sshd_config", "contents", FileCheckType.INCLUDES,
 *     "PermitRootLogin no").withAbsentPass(false);
 * }</pre>
 *
 * @param section the policy section, e.g. {@code files}
 * @param filePath the file's path
 * @param attribute the file attribute checked
 * @param check how it is compared
 * @param expected the expected value
 * @param absentPass whether the check passes when the file is absent, or null for Guardian's default
 */
public record FileCheck(String section, String filePath, String attribute, FileCheckType check, String expected,
    Boolean absentPass) {
  /** Checks every required part. */
  public FileCheck {
    Arguments.requireNonBlank("section", section);
    Arguments.requireNonBlank("filePath", filePath);
    Arguments.requireNonBlank("attribute", attribute);
    Arguments.requireNonNull("check", check);
    Arguments.requireNonBlank("expected", expected);
  }

  /**
   * A check with Guardian's default for absent files, e.g.
   * {@code new FileCheck("files", "/etc/motd", "contents", FileCheckType.PRESENT, "true")}.
   *
   * @param section the policy section
   * @param filePath the file's path
   * @param attribute the file attribute checked
   * @param check how it is compared
   * @param expected the expected value
   */
  public FileCheck(String section, String filePath, String attribute, FileCheckType check, String expected) {
    this(section, filePath, attribute, check, expected, null);
  }

  /**
   * @param value whether the check passes when the file is absent, e.g. {@code false}
   * @return a copy with this setting
   */
  public FileCheck withAbsentPass(boolean value) {
    return new FileCheck(section, filePath, attribute, check, expected, value);
  }
}
