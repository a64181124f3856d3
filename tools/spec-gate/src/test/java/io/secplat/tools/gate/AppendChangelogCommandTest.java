package io.secplat.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AppendChangelogCommandTest {
  @TempDir
  Path dir;
  StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = SpecGateCli.commandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  @Test
  void appendsTheEntryAnEarlierJobPrintedOnce() throws IOException {
    Path changelog = Files.writeString(dir.resolve("CHANGELOG.md"), "# Spec changelog\n\n## veza 1.0.0\n\nFirst contract.\n");
    Path entry = Files.writeString(dir.resolve("entry.md"), "## secplat 1.1.0\n\nMinor release.\n");

    assertThat(run("append-changelog", "--entry", entry.toString(), "--changelog", changelog.toString())).isZero();
    assertThat(run("append-changelog", "--entry", entry.toString(), "--changelog", changelog.toString())).isZero();

    assertThat(Files.readString(changelog))
        .isEqualTo("# Spec changelog\n\n## veza 1.0.0\n\nFirst contract.\n\n## secplat 1.1.0\n\nMinor release.\n");
    assertThat(err.toString()).isEqualTo("changelog: appended ## secplat 1.1.0\nchangelog: ## secplat 1.1.0 is there already\n");
  }

  @Test
  void refusesAFileThatIsNoEntry() throws IOException {
    Path entry = Files.writeString(dir.resolve("entry.md"), "gate: FAIL\n");
    assertThat(run("append-changelog", "--entry", entry.toString(), "--changelog", dir.resolve("c.md").toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: ").contains("is no changelog entry");
    assertThat(dir.resolve("c.md")).doesNotExist();
  }
}
