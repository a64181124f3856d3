package io.secplat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints, for tests. */
public final class SecplatCliAccess {
  private SecplatCliAccess() {}

  /**
   * @param exit the exit code
   * @param out what went to standard output
   * @param err what went to standard error
   */
  public record Run(int exit, String out, String err) {}

  /**
   * Runs with an empty environment, no terminal and a home directory without a profile file.
   *
   * @param args the command line
   * @return the outcome
   */
  public static Run run(String... args) {
    return run(Map.of(), args);
  }

  /**
   * @param environment the environment variables the command line sees
   * @param args the command line
   * @return the outcome
   */
  public static Run run(Map<String, String> environment, String... args) {
    return run(new CliContext(environment, Terminal.NONE, Path.of("/nonexistent-home")), args);
  }

  static Run run(CliContext context, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = SecplatCli.commandLine(context);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
