package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** {@code main} builds only the vendor command (or the demo) its first argument names. */
class SubcommandsForTest {
  @Test
  void aVendorCommandOrTheDemoIsBuiltAlone() {
    assertThat(SecplatCli.subcommandsFor(new String[] {"j1", "query", "FIND User"})).containsExactly(J1Command.class);
    assertThat(SecplatCli.subcommandsFor(new String[] {"guardian", "--help"})).containsExactly(GuardianCommand.class);
    assertThat(SecplatCli.subcommandsFor(new String[] {"demo"})).containsExactly(DemoCommand.class);
  }

  @Test
  void rootOptionsHelpCompletionNothingOrATypoBuildEveryCommand() {
    for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "j1"},
        new String[] {"completion"}, new String[] {"jupiterone"}, new String[] {"--version"})) {
      assertThat(SecplatCli.subcommandsFor(args)).isEqualTo(SecplatCli.SUBCOMMANDS);
    }
  }

  @Test
  void theNamesAreTheCommandsOwnNames() {
    for (Map.Entry<String, Class<?>> entry : SecplatCli.STANDALONE.entrySet()) {
      assertThat(entry.getValue().getAnnotation(Command.class).name()).isEqualTo(entry.getKey());
      assertThat(SecplatCli.SUBCOMMANDS).contains(entry.getValue());
    }
  }

  @Test
  void aVendorSubcommandNamedSecondIsBuiltAloneAndAnythingElseBuildsThemAll() {
    CliContext context = new CliContext(Map.of(), Terminal.NONE, java.nio.file.Path.of("/nonexistent-home"));
    List<String> all = new java.util.ArrayList<>(J1Command.SUBCOMMANDS.keySet());
    all.addAll(List.of("conformance", "record"));

    assertThat(SecplatCli.commandLine(context, List.of(J1Command.class), "query").getSubcommands().get("j1")
        .getSubcommands().keySet()).containsExactly("query");
    for (String second : new String[] {null, "--help", "qurey", "--account"}) {
      assertThat(SecplatCli.commandLine(context, List.of(J1Command.class), second).getSubcommands().get("j1")
          .getSubcommands().keySet()).as(String.valueOf(second)).containsExactlyElementsOf(all);
    }
    // the query alone still inherits the vendor's options and the root's settings
    picocli.CommandLine query = SecplatCli.commandLine(context, List.of(J1Command.class), "query").getSubcommands()
        .get("j1").getSubcommands().get("query");
    assertThat(query.getCommandSpec().findOption("--account")).isNotNull();
    assertThat(query.getCommandSpec().findOption("--base-url")).isNotNull();
    assertThat(query.isCaseInsensitiveEnumValuesAllowed()).isTrue();
  }

  @Test
  void theLeavesNamesAreTheirCommandsOwnNames() {
    for (Map.Entry<Class<?>, Map<String, Class<?>>> vendor : SecplatCli.LEAVES.entrySet()) {
      assertThat(SecplatCli.SUBCOMMANDS).contains(vendor.getKey());
      vendor.getValue().forEach((name, leaf) -> assertThat(leaf.getAnnotation(Command.class).name()).isEqualTo(name));
    }
  }
}
