package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.mock.MockProviders;
import io.secplat.mock.britive.BritiveMock;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code secplat britive record}: a proxy on 127.0.0.1 in front of the Britive mock; a request
 * through it with a canary token is recorded as a stub mapping holding the answer, with the
 * redacted field replaced, matching on method and URL only, and the token in no file.
 */
class RecordCommandTest {
  private static final String CANARY = "canary-record-" + "8b41d7";

  @TempDir
  Path folder;

  @Test
  void recordsTheAnswersThroughTheProxyWithoutTheCredential() throws Exception {
    InputStream stdin = System.in;
    try (MockProviders tenant = MockProviders.start(0, new BritiveMock());
        PipedOutputStream enter = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(enter)) {
      System.setIn(input);
      StringWriter out = new StringWriter();
      CommandLine cli = SecplatCli.commandLine(Map.of());
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(new StringWriter(), true));
      Path recording = folder.resolve("britive");
      CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute("britive", "record",
          "--target", tenant.baseUrl(), "--out", recording.toString(), "--redact-field", "$[*].environmentName"));

      String proxy = proxyUrl(out);
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(proxy + "/api/apps/app-1/environments")).header("Authorization", "TOKEN " + CANARY).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).contains("environmentName");
      enter.write('\n');
      enter.flush();

      assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
      assertThat(out.toString()).contains("1 stub mappings written");
      List<Path> files;
      try (Stream<Path> walk = Files.walk(recording)) {
        files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
      }
      assertThat(files).hasSize(1);
      String mapping = Files.readString(files.get(0), StandardCharsets.UTF_8);
      assertThat(mapping).doesNotContain(CANARY).doesNotContainIgnoringCase("authorization")
          .contains("/api/apps/app-1/environments").contains("REDACTED").contains("environmentId");
    } finally {
      System.setIn(stdin);
    }
  }

  /** Waits (at most 30 s) for the command to print where its proxy listens. */
  private static String proxyUrl(StringWriter out) throws InterruptedException {
    Pattern line = Pattern.compile("recording: (http://127\\.0\\.0\\.1:\\d+) ->");
    for (int i = 0; i < 300; i++) {
      Matcher found = line.matcher(out.toString());
      if (found.find()) {
        return found.group(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the proxy did not start: " + out);
  }
}
