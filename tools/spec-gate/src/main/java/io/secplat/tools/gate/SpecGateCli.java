package io.secplat.tools.gate;

import io.secplat.tools.lint.LintCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the release tooling, run by {@code tools/spec-gate.sh} and the workflows.
 *
 * <pre>
 * java -jar tools/spec-gate/target/secplat-spec-gate.jar check --base v1.4.0 --changelog specs/CHANGELOG.md
 * java -jar tools/spec-gate/target/secplat-spec-gate.jar lint
 * </pre>
 *
 * Exit status: 0 passes, 1 the gate or the lint fails, 2 usage or I/O error.
 */
@Command(name = "secplat-spec-gate", mixinStandardHelpOptions = true,
    description = "Breaking-change gate and lint for the secplat contracts.",
    subcommands = {CheckCommand.class, AppendChangelogCommand.class, LintCommand.class})
public final class SpecGateCli {
  /** Exit status of a failed gate or lint. */
  public static final int FAILED = 1;
  /** Exit status of a usage or I/O error. */
  public static final int ERROR = 2;

  /**
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** @return the command line, with errors mapped to exit status 2 */
  public static CommandLine commandLine() {
    return new CommandLine(new SpecGateCli())
        .setExitCodeExceptionMapper(e -> ERROR)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("error: " + e.getMessage());
          return ERROR;
        });
  }
}
