package io.secplat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
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
   * @param args the command line
   * @return the outcome
   */
  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = SecplatCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
