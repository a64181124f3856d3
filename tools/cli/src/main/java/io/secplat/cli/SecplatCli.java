package io.secplat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code secplat} command line. */
@Command(
    name = "secplat",
    mixinStandardHelpOptions = true,
    versionProvider = SecplatCli.VersionProvider.class,
    description = "Command line of the secplat client suite (Veza, Guardian, Britive, JupiterOne).",
    subcommands = {DemoCommand.class, J1Command.class, CommandLine.HelpCommand.class})
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
   * The command line, whose failures print one line (the exception's message, never a credential)
   * and exit with 1.
   *
   * @return the configured command line
   */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new SecplatCli());
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      command.getErr().println("error: " + e.getMessage());
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
