package io.secplat.core;

/** The suite's version, read from the jar manifest. */
public final class Version {
  private Version() {}

  /** @return the version of the running suite, or {@code dev} outside a packaged jar */
  public static String current() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
