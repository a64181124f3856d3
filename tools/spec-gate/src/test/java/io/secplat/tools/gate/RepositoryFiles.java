package io.secplat.tools.gate;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository this build runs in ({@code repo.dir}, set by the pom). */
final class RepositoryFiles {
  private RepositoryFiles() {}

  static Path root() {
    Path root = Path.of(System.getProperty("repo.dir", "../..")).toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("specs"))) {
      throw new IllegalStateException("repo.dir must name the repository root, was " + root);
    }
    return root;
  }
}
