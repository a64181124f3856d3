package io.secplat.contract.spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build puts the specs, the pact files and the reference examples. */
public final class Paths {
  private Paths() {}

  /** @return the {@code specs/} folder of the repository */
  public static Path specs() {
    return existing("specs.dir", System.getProperty("specs.dir"));
  }

  /** @return the folder pact files are written to */
  public static Path pacts() {
    String dir = System.getProperty("pact.rootDir");
    if (dir == null) {
      throw new IllegalStateException("system property pact.rootDir is not set (the pom sets it)");
    }
    return Path.of(dir);
  }

  /** @return the vendor documentation's examples, copied into {@code contract-tests/reference/examples} */
  public static Path examples() {
    return existing("examples.dir", System.getProperty("examples.dir")).normalize();
  }

  /** @return the operation inventories of the vendor documentation, in {@code contract-tests/reference/inventory} */
  public static Path inventory() {
    return existing("inventory.dir", System.getProperty("inventory.dir")).normalize();
  }

  private static Path existing(String property, String value) {
    if (value == null || !Files.isDirectory(Path.of(value))) {
      throw new IllegalStateException("system property " + property + " must name an existing folder, was " + value);
    }
    return Path.of(value);
  }
}
