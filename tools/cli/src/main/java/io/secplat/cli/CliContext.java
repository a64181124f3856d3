package io.secplat.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the command line reads from the world, in one place so tests can replace it.
 *
 * @param environment the environment variables
 * @param terminal whether standard output and standard error are terminals
 * @param home the user's home directory (for the default profile file)
 */
record CliContext(Map<String, String> environment, Terminal terminal, Path home) {
  /** @return the real process environment, terminal and home directory */
  static CliContext system() {
    return new CliContext(System.getenv(), Terminal.detect(), Path.of(System.getProperty("user.home")));
  }

  /**
   * @param err where a bar would be drawn
   * @param total the amount of work, or a negative number when unknown (a counter is drawn)
   * @param unit what is counted, for example {@code rows} or {@code bytes}
   * @return a progress bar on standard error when it is a terminal, else one that draws nothing
   */
  Progress progress(java.io.PrintWriter err, long total, String unit) {
    return terminal.stderr() ? new ProgressBar(err, total, unit) : Progress.NONE;
  }
}
