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
}
