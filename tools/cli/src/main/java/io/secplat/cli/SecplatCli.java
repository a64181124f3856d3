package io.secplat.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code secplat} command line. */
@Command(
    name = "secplat",
    mixinStandardHelpOptions = true,
    versionProvider = SecplatCli.VersionProvider.class,
    description = "Command line of the secplat client suite (Veza, Guardian, Britive, JupiterOne).",
    subcommands = {DemoCommand.class, VezaCommand.class, GuardianCommand.class,
        J1Command.class, CommandLine.HelpCommand.class})
public final class SecplatCli {
  /** Exit code of a command that failed against the vendor or was given bad input. */
  static final int FAILED = 1;
  /** Exit code of a lookup that found nothing. */
  static final int NOT_FOUND = 3;

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
   * The command line as {@code main} runs it, vendor commands reading their credentials from the
   * process environment.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return commandLine(System.getenv());
  }

  /**
   * The command line, its vendor commands reading credentials from the given environment. A
   * failure prints one line naming what went wrong (no stack trace) and exits with 1; usage
   * errors exit with 2.
   *
   * @param environment variable names to values
   * @return the command line
   */
  static CommandLine commandLine(Map<String, String> environment) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == GuardianCommand.class ? type.cast(new GuardianCommand(environment)) : defaults.create(type);
      }
    };
    CommandLine cli = new CommandLine(new SecplatCli(), factory);
    cli.setExecutionExceptionHandler((error, command, parsed) -> {
      command.getErr().println("error: " + error.getMessage());
      command.getErr().flush();
      return FAILED;
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
