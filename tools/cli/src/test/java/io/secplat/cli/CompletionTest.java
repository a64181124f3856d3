package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code secplat completion}: a bash/zsh script generated from the live command model. */
class CompletionTest {
  @Test
  void theScriptCompletesEveryCommandOfEveryVendor() {
    SecplatCliAccess.Run run = SecplatCliAccess.run("completion");
    assertThat(run.exit()).isZero();
    String script = run.out();
    assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_secplat -o default secplat");

    List<String> paths = new ArrayList<>();
    for (CommandLine command : HelpTest.all(SecplatCli.commandLine(Map.of()))) {
      String path = command.getCommandSpec().qualifiedName().replaceFirst("^secplat ?", "");
      if (!path.isEmpty()) {
        paths.add(path);
        assertThat(script).as(path).containsPattern("\n  local cmds\\d+=\\(" + Pattern.quote(path) + "\\)\n");
      }
    }
    for (String vendor : HelpTest.VENDOR_RESOURCES.keySet()) {
      assertThat(paths).as(vendor).filteredOn(path -> path.startsWith(vendor + " ")).hasSizeGreaterThan(5);
    }
    assertThat(paths).contains("britive environments list", "veza queries nodes", "guardian node-groups add-node", "j1 query");
    assertThat(script).contains("local FORMAT_option_args=(\"table\" \"json\" \"jsonl\" \"csv\") # --output values")
        .contains("--mock").contains("--profile-file");
  }
}
