package io.secplat.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.core.HttpLogLevel;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.mock.MockProviders;
import io.secplat.mock.guardian.GuardianMock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** CSV reports stream from the mock through the façade to the caller; nothing holds them whole. */
class GuardianLargeReportTest {
  static final int ROWS = 900_000;
  static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;

  @Test
  @Timeout(120)
  void aFiftyMegabyteChangeReportStreamsToAFileWithinASixtyFourMegabyteHeap(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("changes.csv");
    try (MockProviders mocks = MockProviders.start(0, new GuardianMock(ROWS))) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process child = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
          LargeReportDownload.class.getName(), mocks.baseUrl(), Integer.toString(ROWS), target.toString())
          .redirectErrorStream(true).start();
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor(100, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as(output).isZero();
      assertThat(output).containsPattern("bytes=\\d+ maxHeap=\\d+");
      long maxHeap = Long.parseLong(output.replaceAll("(?s).*maxHeap=(\\d+).*", "$1"));
      assertThat(maxHeap).isLessThanOrEqualTo(64L * 1024 * 1024);
    }
    assertThat(Files.size(target)).isGreaterThan(FIFTY_MEGABYTES);
    try (Stream<String> lines = Files.lines(target)) {
      assertThat(lines.count()).isEqualTo(ROWS + 1);
    }
    try (BufferedReader csv = Files.newBufferedReader(target)) {
      assertThat(csv.readLine()).isEqualTo("\"ID\",\"Node\",\"Old_Summary\",\"New_Summary\"");
      assertThat(csv.readLine()).isEqualTo("\"1\",\"prod01\",\"[{\"\"packages\"\":0}]\",\"[{\"\"packages\"\":1}]\"");
    }
  }

  @Test
  @Timeout(30)
  void theFirstLinesOfAReportFarLargerThanMemoryArriveAtOnceAtEveryLogLevel() throws Exception {
    try (MockProviders mocks = MockProviders.start(0, new GuardianMock(Long.MAX_VALUE));
        GuardianClient guardian = GuardianClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("big-report-key"))
            .secretKey(Secret.of("big-report-secret")).retryPolicy(RetryPolicy.none()).logLevel(HttpLogLevel.FULL).build();
        BufferedReader csv = new BufferedReader(new InputStreamReader(
            guardian.changeReport().csv(ChangeReportOptions.defaults().withLimit(Integer.MAX_VALUE)), StandardCharsets.UTF_8))) {
      // about 130 GB at the mock: only streaming on both sides gets these lines back
      assertThat(List.of(csv.readLine(), csv.readLine(), csv.readLine())).containsExactly(
          "\"ID\",\"Node\",\"Old_Summary\",\"New_Summary\"",
          "\"1\",\"prod01\",\"[{\"\"packages\"\":0}]\",\"[{\"\"packages\"\":1}]\"",
          "\"2\",\"prod01-1\",\"[{\"\"packages\"\":1}]\",\"[{\"\"packages\"\":2}]\"");
    }
  }
}
