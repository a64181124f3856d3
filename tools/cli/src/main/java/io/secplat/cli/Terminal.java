package io.secplat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output and standard error are terminals. On Linux this reads where
 * {@code /proc/self/fd/1} and {@code /proc/self/fd/2} point ({@code /dev/pts/N}, {@code /dev/ttyN});
 * elsewhere {@code System.console() != null} (Java 17: standard input and output are both a
 * terminal) stands for both. Tests pass their own.
 *
 * @param stdout standard output is a terminal: tables are the default output format
 * @param stderr standard error is a terminal: long work draws progress bars there
 */
record Terminal(boolean stdout, boolean stderr) {
  /** Neither is a terminal, as under a pipe or in tests. */
  static final Terminal NONE = new Terminal(false, false);

  /** @return what this process is attached to */
  static Terminal detect() {
    boolean console = System.console() != null;
    return new Terminal(isTerminal(1, console), isTerminal(2, console));
  }

  private static boolean isTerminal(int fd, boolean fallback) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return fallback;
    }
    return fallback;
  }
}
