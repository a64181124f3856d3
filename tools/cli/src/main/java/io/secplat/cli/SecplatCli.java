package io.secplat.cli;

import io.secplat.core.error.ApiException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code secplat} command line: {@code secplat <vendor> <resource> <action>}, the demo and shell
 * completion. Every failure ends as one line on standard error and one of the documented
 * {@link ExitCode exit codes}.
 */
@Command(
    name = "secplat",
    mixinStandardHelpOptions = true,
    versionProvider = SecplatCli.VersionProvider.class,
    description = {"Command line of the secplat client suite: Britive, Veza, Guardian and JupiterOne.",
        "Commands are grouped by vendor, then resource: secplat britive environments list APP_ID.",
        "Every vendor command takes --mock (embedded mock provider), --profile and --profile-file; "
            + "listing commands take --output table|json|jsonl|csv (table when standard output is a terminal, "
            + "else jsonl) and show a row counter on standard error when it is a terminal."},
    footerHeading = "%nCredentials:%n",
    footer = {"  Britive:    BRITIVE_BASE_URL, BRITIVE_TOKEN",
        "  Veza:       VEZA_BASE_URL, VEZA_API_KEY",
        "  Guardian:   GUARDIAN_BASE_URL, GUARDIAN_API_KEY, GUARDIAN_SECRET_KEY",
        "  JupiterOne: JUPITERONE_API_KEY, JUPITERONE_ACCOUNT",
        "              (optional JUPITERONE_REGION, JUPITERONE_BASE_URL, JUPITERONE_IAM_URL)",
        "from the environment, or as <profile>.<VARIABLE>=value lines in",
        "~/.config/secplat/profiles.properties (chmod 600; see a vendor's --profile, --profile-file).",
        "",
        "Shell completion: source <(secplat completion)"})
public final class SecplatCli {
  /**
   * The subcommands, in the order help lists them. They are added by {@link #commandLine(CliContext)}
   * rather than named in {@code @Command}, so that {@link #main} can build only the one a command
   * line runs: picocli reflects over every command class it is given, and the whole tree (about
   * 200 commands) costs more start-up time than the call itself.
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(BritiveCommand.class, VezaCommand.class, GuardianCommand.class,
      J1Command.class, DemoCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class);

  /**
   * The subcommands that run alone, by name. Names rather than {@code @Command} lookups: reading a
   * command's annotation loads every class its {@code subcommands} name.
   */
  static final Map<String, Class<?>> STANDALONE = Map.of("britive", BritiveCommand.class, "veza", VezaCommand.class,
      "guardian", GuardianCommand.class, "j1", J1Command.class, "demo", DemoCommand.class);

  /**
   * The vendor commands whose subcommands are added here rather than named in {@code @Command},
   * each with its subcommands by name: a command line that names one of them builds that one alone.
   */
  static final Map<Class<?>, Map<String, Class<?>>> LEAVES = Map.of(J1Command.class, J1Command.SUBCOMMANDS);

  /** Exit code of a lookup that found nothing. */
  static final int NOT_FOUND = ExitCode.NOT_FOUND.code;

  final CliContext context;

  SecplatCli(CliContext context) {
    this.context = context;
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine(CliContext.system(), subcommandsFor(args), args.length > 1 ? args[1] : null)
        .execute(args));
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
   * The command line as {@code main} runs it: the process environment, terminal and home directory.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return commandLine(CliContext.system());
  }

  /**
   * The command line with credentials read from the given environment only (no terminal, no
   * profile file unless the environment names one), for tests.
   *
   * @param environment variable names to values
   * @return the command line
   */
  static CommandLine commandLine(Map<String, String> environment) {
    return commandLine(new CliContext(environment, Terminal.NONE, java.nio.file.Path.of("/nonexistent-home")));
  }

  /**
   * The command line in a context. A failure prints one line, {@code error: <what went wrong>}
   * (never a stack trace, never a credential), and exits with its {@link ExitCode}.
   *
   * @param context environment, terminal and home directory
   * @return the command line
   */
  static CommandLine commandLine(CliContext context) {
    return commandLine(context, SUBCOMMANDS);
  }

  /**
   * The command line with some of the subcommands only (see {@link #subcommandsFor(String[])}).
   *
   * @param context environment, terminal and home directory
   * @param subcommands the subcommand classes to add, a subset of {@link #SUBCOMMANDS}
   * @return the command line
   */
  static CommandLine commandLine(CliContext context, List<Class<?>> subcommands) {
    return commandLine(context, subcommands, null);
  }

  /**
   * The command line with some of the subcommands only, and of a vendor command in {@link #LEAVES}
   * only the subcommand {@code second} names (without {@code conformance} and {@code record}),
   * when it names one (what it prints, help and errors
   * included, does not depend on its siblings); otherwise all of them (help, an option, a typo).
   *
   * @param context environment, terminal and home directory
   * @param subcommands the subcommand classes to add, a subset of {@link #SUBCOMMANDS}
   * @param second the command line's second argument, or null
   * @return the command line
   */
  static CommandLine commandLine(CliContext context, List<Class<?>> subcommands, String second) {
    CommandLine cli = new CommandLine(new SecplatCli(context));
    java.util.Set<CommandLine> alone = new java.util.HashSet<>();
    for (Class<?> subcommand : subcommands) {
      Map<String, Class<?>> leaves = LEAVES.get(subcommand);
      if (leaves == null) {
        cli.addSubcommand(subcommand);
      } else {
        // added to the vendor command before it joins the root, so that they inherit its options
        // and every setting below reaches them, as for subcommands named in @Command
        CommandLine vendor = new CommandLine(subcommand);
        Class<?> only = second == null ? null : leaves.get(second);
        (only != null ? List.<Class<?>>of(only) : leaves.values()).forEach(vendor::addSubcommand);
        cli.addSubcommand(vendor);
        if (only != null) {
          alone.add(vendor);
        }
      }
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((error, command, parsed) -> {
      command.getErr().println("error: " + io.secplat.core.Texts.oneLine(message(error)));
      command.getErr().flush();
      return ExitCode.of(error).code;
    });
    cli.setExitCodeExceptionMapper(error -> ExitCode.of(error).code);
    ConformanceCommand.addToEveryVendor(cli, alone);
    RecordCommand.addToEveryVendor(cli, alone);
    documentExitCodes(cli);
    return cli;
  }

  /**
   * The subcommands a command line needs: when its first argument names a vendor command or the
   * demo, that one alone (what it prints, help and errors included, does not depend on its
   * siblings); otherwise (root options, help, completion, a typo) all of them.
   *
   * @param args the arguments
   * @return the subcommand classes to add
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    Class<?> command = args.length > 0 ? STANDALONE.get(args[0]) : null;
    return command != null ? List.of(command) : SUBCOMMANDS;
  }

  /**
   * @param namesAndClasses command names and classes, alternately
   * @return them as a map in that order
   */
  static Map<String, Class<?>> byName(Object... namesAndClasses) {
    Map<String, Class<?>> byName = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndClasses.length; i += 2) {
      byName.put((String) namesAndClasses[i], (Class<?>) namesAndClasses[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(byName);
  }

  /** The exit-code table goes into the help of the root and of each vendor command. */
  private static void documentExitCodes(CommandLine root) {
    root.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
    root.getSubcommands().values().stream().filter(sub -> sub.getCommand() instanceof VendorCommand)
        .forEach(vendor -> vendor.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
            .exitCodeList(ExitCode.helpList()));
  }

  private static String message(Throwable error) {
    String message = error.getMessage();
    if (error instanceof ApiException || error instanceof CredentialsException) {
      return message;
    }
    if (message == null || message.isBlank()) {
      return error.getClass().getSimpleName();
    }
    return message;
  }

  /** Reports the suite's version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"secplat " + io.secplat.core.Version.current()};
    }
  }
}
