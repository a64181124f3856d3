package io.secplat.cli;

import io.secplat.guardian.GuardianClient;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code secplat guardian ...}: Guardian from the command line, against the instance named by
 * {@code GUARDIAN_BASE_URL} with the keys in {@code GUARDIAN_API_KEY} and
 * {@code GUARDIAN_SECRET_KEY} (never on the command line, where other users could read them).
 */
@Command(name = "guardian", mixinStandardHelpOptions = true,
    description = "Guardian: nodes, node groups, environments, scans and the change report. Reads GUARDIAN_BASE_URL, "
        + "GUARDIAN_API_KEY and GUARDIAN_SECRET_KEY from the environment.",
    subcommands = {GuardianNodesCommand.class, GuardianNodeGroupsCommand.class, GuardianEnvironmentsCommand.class,
        GuardianScansCommand.class, GuardianChangeReportCommand.class})
final class GuardianCommand {
  private final Map<String, String> environment;

  GuardianCommand() {
    this(System.getenv());
  }

  GuardianCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  /** @return a client for the instance the environment names; the caller closes it */
  GuardianClient client() {
    return GuardianClient.builder().fromEnvironment(environment).build();
  }
}
