package io.secplat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code secplat} command line. */
@Command(
    name = "secplat",
    mixinStandardHelpOptions = true,
    versionProvider = SecplatCli.VersionProvider.class,
    description = "Command line of the secplat client suite (Veza, Guardian, Britive, JupiterOne).",
    subcommands = {DemoCommand.class, io.secplat.cli.veza.VezaCommand.class, CommandLine.HelpCommand.class})
public final class SecplatCli {

  SecplatCli() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line without exiting, for tests.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The command line, set up as {@code main} runs it: a failure prints one line naming what went
   * wrong (no stack trace) and exits with 1; usage errors exit with 2.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new SecplatCli());
    cli.setExecutionExceptionHandler((failure, command, parsed) -> {
      command.getErr().println("error: " + failure.getMessage());
      command.getErr().flush();
      return 1;
    });
    return cli;
  }

  /** Reports the suite's version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"secplat " + io.secplat.core.Version.current()};
    }
  }
}
