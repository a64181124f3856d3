package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code --help} is complete: every command, option and parameter is described; vendors list their commands. */
class HelpTest {
  static final Map<String, List<String>> VENDOR_RESOURCES = new LinkedHashMap<>();

  static {
    VENDOR_RESOURCES.put("britive", List.of("environments", "accounts", "permissions", "groups"));
    VENDOR_RESOURCES.put("veza", List.of("queries", "spec", "tags", "tag-promotions", "private-assessments", "oaa", "reports"));
    VENDOR_RESOURCES.put("guardian", List.of("nodes", "node-groups", "environments", "scans", "change-report", "events",
        "incidents", "jobs", "policies", "users", "connection-managers", "accounts", "change-requests", "cis-benchmarks",
        "connection-manager-groups", "delayed-jobs", "diffs", "node-diffs", "event-actions", "event-views", "legacy-events",
        "ignores", "integrations", "node-scans", "operating-system-families", "operating-systems", "pluggables",
        "scheduled-jobs", "scores", "system-metrics", "text-files"));
    VENDOR_RESOURCES.put("j1", List.of("query", "sync", "entities", "relationships", "integrations", "audit-events", "graph",
        "iam", "raw-data"));
  }

  static List<CommandLine> all(CommandLine command) {
    List<CommandLine> all = new ArrayList<>();
    all.add(command);
    command.getSubcommands().values().forEach(sub -> all.addAll(all(sub)));
    return all;
  }

  static long leaves(CommandLine command) {
    return all(command).stream().filter(c -> c.getSubcommands().isEmpty()).count();
  }

  @Test
  void everyCommandOptionAndParameterHasADescription() {
    List<String> missing = new ArrayList<>();
    List<CommandLine> commands = all(SecplatCli.commandLine(Map.of()));
    for (CommandLine command : commands) {
      CommandSpec spec = command.getCommandSpec();
      if (String.join("", spec.usageMessage().description()).isBlank()) {
        missing.add(spec.qualifiedName() + " (command)");
      }
      for (OptionSpec option : spec.options()) {
        if (String.join("", option.description()).isBlank()) {
          missing.add(spec.qualifiedName() + " " + option.longestName());
        }
      }
      for (PositionalParamSpec parameter : spec.positionalParameters()) {
        if (String.join("", parameter.description()).isBlank()) {
          missing.add(spec.qualifiedName() + " " + parameter.paramLabel());
        }
      }
      // ${NAME} is the literal placeholder syntax that j1 query --var documents
      String usage = command.getUsageMessage().replace("${NAME}", "");
      if (usage.contains("null") || usage.contains("${")) {
        missing.add(spec.qualifiedName() + " (unresolved text in usage)");
      }
    }
    assertThat(missing).isEmpty();
    assertThat(commands).hasSizeGreaterThan(60);
  }

  @Test
  void theRootHelpListsEveryVendorAndTheExitCodes() {
    SecplatCliAccess.Run run = SecplatCliAccess.run("--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Usage: secplat [-hV] [COMMAND]\n")
        .contains("\n  britive     Britive: ").contains("\n  veza        Veza: ").contains("\n  guardian    Guardian: ")
        .contains("\n  j1          JupiterOne: ").contains("\n  demo        ").contains("\n  completion  ")
        .contains("\nExit codes:\n").contains("\nCredentials:\n  Britive:    BRITIVE_BASE_URL, BRITIVE_TOKEN\n");
  }

  @Test
  void eachVendorsHelpListsItsResourcesAndTheConnectionOptions() {
    CommandLine root = SecplatCli.commandLine(Map.of());
    VENDOR_RESOURCES.forEach((vendor, resources) -> {
      SecplatCliAccess.Run run = SecplatCliAccess.run(vendor, "--help");
      assertThat(run.exit()).isZero();
      // every vendor also has conformance and record (added after its resources)
      List<String> all = new ArrayList<>(resources);
      all.addAll(List.of("conformance", "record"));
      assertThat(root.getSubcommands().get(vendor).getSubcommands().keySet()).containsExactlyElementsOf(all);
      for (String resource : resources) {
        assertThat(run.out()).as(vendor + " --help").containsPattern("\n  " + resource + " +\\S");
      }
      assertThat(run.out()).contains("--mock").contains("--profile=NAME").contains("--profile-file=FILE").contains("\nExit codes:\n");
      for (String resource : resources) {
        CommandLine command = root.getSubcommands().get(vendor).getSubcommands().get(resource);
        SecplatCliAccess.Run resourceHelp = SecplatCliAccess.run(vendor, resource, "--help");
        assertThat(resourceHelp.exit()).isZero();
        command.getSubcommands().keySet().forEach(action ->
            assertThat(resourceHelp.out()).as(vendor + " " + resource + " --help").containsPattern("\n  " + action + " +\\S"));
      }
    });
  }

  @Test
  void commandCountsPerVendor() {
    CommandLine root = SecplatCli.commandLine(Map.of());
    assertThat(leaves(root.getSubcommands().get("britive"))).isEqualTo(19);
    assertThat(leaves(root.getSubcommands().get("veza"))).isEqualTo(29);
    assertThat(leaves(root.getSubcommands().get("guardian"))).isEqualTo(100);
    assertThat(leaves(root.getSubcommands().get("j1"))).isEqualTo(28);
  }

  @Test
  void everyListingCommandTakesOutput() {
    List<String> without = new ArrayList<>();
    for (CommandLine command : all(SecplatCli.commandLine(Map.of()))) {
      String name = command.getCommandName();
      boolean listing = name.equals("list") || name.equals("query") || name.equals("nodes") && command.getSubcommands().isEmpty();
      if (listing && command.getCommandSpec().findOption("--output") == null) {
        without.add(command.getCommandSpec().qualifiedName());
      }
    }
    assertThat(without).isEmpty();
  }
}
