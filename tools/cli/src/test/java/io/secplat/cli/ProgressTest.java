package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.mock.MockProviders;
import io.secplat.mock.guardian.GuardianMock;
import io.secplat.mock.jupiterone.JupiterOneMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress on standard error only when it is a terminal (the decision is injected through {@link Terminal}). */
class ProgressTest {
  static MockProviders mocks;
  static Map<String, String> environment;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new GuardianMock(), new JupiterOneMock().j1qlPageSize(5));
    environment = Map.of("GUARDIAN_BASE_URL", mocks.baseUrl(), "GUARDIAN_API_KEY", "k", "GUARDIAN_SECRET_KEY", "s",
        "JUPITERONE_API_KEY", "progress-key", "JUPITERONE_ACCOUNT", "acct", "JUPITERONE_BASE_URL", mocks.baseUrl());
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  static SecplatCliAccess.Run run(Terminal terminal, String... args) {
    return SecplatCliAccess.run(new CliContext(environment, terminal, Path.of("/nonexistent")), args);
  }

  static final String[] QUERY = {"j1", "query", "FIND User AS u RETURN u.displayName", "--output", "jsonl"};

  @Test
  void noProgressWhenStandardErrorIsNotATerminal() {
    SecplatCliAccess.Run run = run(Terminal.NONE, QUERY);
    assertThat(run.exit()).isZero();
    assertThat(run.out()).hasLineCount(12);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aRowCounterWhenStandardErrorIsATerminalAndTheRowsGoElsewhere() {
    SecplatCliAccess.Run run = run(new Terminal(false, true), QUERY);
    assertThat(run.exit()).isZero();
    assertThat(run.out()).hasLineCount(12);
    assertThat(run.err()).matches("\r1 rows(\r\\d+ rows)*\r12 rows\n");
  }

  @Test
  void noCounterWhileStreamingRowsToTheSameTerminalButOneForABufferedTable() {
    SecplatCliAccess.Run streaming = run(new Terminal(true, true), QUERY);
    assertThat(streaming.err()).isEmpty();

    SecplatCliAccess.Run table = run(new Terminal(true, true), "j1", "query", "FIND User AS u RETURN u.displayName");
    assertThat(table.out()).startsWith("u.displayName\nuser1\n").hasLineCount(13);
    assertThat(table.err()).matches("\r1 rows(\r\\d+ rows)*\r12 rows\n");
  }

  @Test
  void aReportDownloadCountsBytesOnlyOnATerminal(@TempDir Path dir) throws Exception {
    Path quiet = dir.resolve("quiet.csv");
    SecplatCliAccess.Run none = run(Terminal.NONE, "guardian", "change-report", "--weeks", "2", "-o", quiet.toString());
    assertThat(none.exit()).isZero();
    assertThat(none.err()).isEqualTo("wrote " + Files.size(quiet) + " bytes to " + quiet + "\n");

    Path shown = dir.resolve("shown.csv");
    SecplatCliAccess.Run bar = run(new Terminal(false, true), "guardian", "change-report", "--weeks", "2", "-o", shown.toString());
    assertThat(bar.exit()).isZero();
    long size = Files.size(shown);
    assertThat(bar.err()).isEqualTo("\r" + size + " bytes\nwrote " + size + " bytes to " + shown + "\n");
  }

  @Test
  void aSyncDrawsNoBarWithoutATerminal(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("one.json");
    Files.writeString(file, "{\"entities\":[{\"_key\":\"h1\",\"_type\":\"cli_host\",\"_class\":\"Host\"}]}");
    SecplatCliAccess.Run run = run(Terminal.NONE, "j1", "sync", file.toString(), "--scope", "quiet");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("FINISHED: entities 1 uploaded, 1 created");
  }

  @Test
  void aBarWithAKnownTotalRedrawsInPlace() {
    StringWriter text = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(text), 4, "files");
    bar.show(1);
    bar.show(4);
    bar.done();
    assertThat(text.toString()).isEqualTo("\r[#######.......................] 1/4 files\r[##############################] 4/4 files"
        + System.lineSeparator());
  }
}
