package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.mock.MockProviders;
import io.secplat.mock.jupiterone.JupiterOneMock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a child JVM whose standard output is a pipe: {@code j1 query … --output jsonl}
 * writes the first row while later pages are still on their way.
 */
class StreamingTest {
  static final long DELAY_MILLIS = 1500;

  static Process start(Path errors, Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SecplatCli.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("JUPITERONE_") || name.startsWith("SECPLAT_"));
    builder.environment().put("HOME", errors.getParent().toString());
    builder.environment().remove("XDG_CONFIG_HOME");
    builder.environment().putAll(environment);
    Process child = builder.start();
    child.getOutputStream().close();
    return child;
  }

  @Test
  void jsonLinesReachThePipeBeforeTheQueryFinishes(@TempDir Path dir) throws Exception {
    try (MockProviders mocks = MockProviders.start(0, new JupiterOneMock().j1qlPageSize(5))) {
      // every response, so every one of the three pages, comes 1.5 s late
      mocks.server().setGlobalFixedDelay((int) DELAY_MILLIS);
      Path errors = dir.resolve("stderr.txt");
      Process child = start(errors, Map.of("JUPITERONE_API_KEY", "stream-key-0001", "JUPITERONE_ACCOUNT", "stream-account",
          "JUPITERONE_BASE_URL", mocks.baseUrl()), "j1", "query", "FIND User AS u RETURN u.displayName", "--output", "jsonl");

      List<String> lines = new ArrayList<>();
      long firstRowAt;
      boolean aliveAtFirstRow;
      long pagesServedAtFirstRow;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String first = out.readLine();
        firstRowAt = System.nanoTime();
        aliveAtFirstRow = child.isAlive();
        pagesServedAtFirstRow = mocks.server().getAllServeEvents().stream().filter(e -> e.getResponse() != null
            && e.getResponse().getStatus() == 200 && e.getTiming() != null && e.getTiming().getTotalTime() != null).count();
        lines.add(first);
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
        }
      }
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      long exitedAfterFirstRowMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstRowAt);

      assertThat(child.exitValue()).as(Files.readString(errors)).isZero();
      assertThat(lines).hasSize(12).startsWith("{\"u.displayName\":\"user1\"}").endsWith("{\"u.displayName\":\"user12\"}");
      assertThat(aliveAtFirstRow).isTrue();
      assertThat(pagesServedAtFirstRow).isLessThanOrEqualTo(2);
      // two more pages, each 1.5 s late, were still to come when the first row arrived
      assertThat(exitedAfterFirstRowMillis).isGreaterThanOrEqualTo(2 * DELAY_MILLIS - 500);
      assertThat(Files.readString(errors)).doesNotContain("stream-key-0001");
    }
  }

  @Test
  void theMockOptionWorksInAFreshProcess(@TempDir Path dir) throws Exception {
    Path errors = dir.resolve("stderr.txt");
    Process child = start(errors, Map.of(), "j1", "query", "FIND User AS u RETURN u.displayName", "--mock", "--limit", "2");
    String out;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      out = reader.lines().reduce("", (a, b) -> a + b + "\n");
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(Files.readString(errors)).isZero();
    assertThat(out).isEqualTo("{\"u.displayName\":\"user1\"}\n{\"u.displayName\":\"user2\"}\n");
  }
}
