package io.secplat.core.http;

import com.fasterxml.jackson.core.Version;

/**
 * Fails fast, with a message that says what to do, when the application puts a Jackson on the
 * classpath that the suite was not built for: a silently older jackson-databind shows up much
 * later as odd decoding errors or missing-method crashes mid-request.
 */
final class JacksonCheck {
  /** The oldest jackson-databind the generated models and the JSON mapper work with. */
  static final Version OLDEST = new Version(2, 15, 0, null, "com.fasterxml.jackson.core", "jackson-databind");

  private JacksonCheck() {}

  /** Checks the jackson-databind on the classpath; called once per client. */
  static void requireSupported() {
    requireSupported(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
  }

  /**
   * @param found the jackson-databind version found
   * @throws IllegalStateException naming the version found and the one needed
   */
  static void requireSupported(Version found) {
    if (found.getMajorVersion() != OLDEST.getMajorVersion() || found.compareTo(OLDEST) < 0) {
      throw new IllegalStateException("secplat needs jackson-databind " + OLDEST.getMajorVersion() + "."
          + OLDEST.getMinorVersion() + " or newer 2.x on the classpath, but found " + found
          + "; align Jackson with the version secplat declares (import com.fasterxml.jackson:jackson-bom"
          + " or let secplat's dependency win)");
    }
  }
}
