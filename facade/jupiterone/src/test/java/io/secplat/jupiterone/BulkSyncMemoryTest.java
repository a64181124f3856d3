package io.secplat.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.mock.MockProviders;
import io.secplat.mock.jupiterone.JupiterOneMock;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 entities and 50,000 relationships through the mock provider from a client JVM with a
 * 64 MB heap: the job ends FINISHED with created counts that match, so memory holds one batch, not
 * the data set.
 */
class BulkSyncMemoryTest {

  @Test
  void aLargeSyncFinishesWithinA64MegabyteHeap(@TempDir Path dir) throws Exception {
    try (MockProviders mocks = MockProviders.start(0, new JupiterOneMock())) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      File output = dir.resolve("probe.out").toFile();
      Process probe = new ProcessBuilder(java, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", classpath,
          SyncMemoryProbe.class.getName(), mocks.baseUrl(), "100000", "50000")
          .redirectErrorStream(true).redirectOutput(output).start();

      boolean ended = probe.waitFor(5, TimeUnit.MINUTES);
      List<String> lines = Files.readAllLines(output.toPath(), StandardCharsets.UTF_8);
      if (!ended) {
        probe.destroyForcibly();
      }

      assertThat(ended).as("probe ended").isTrue();
      assertThat(probe.exitValue()).as(String.join("\n", lines)).isZero();
      assertThat(lines).last().asString().isEqualTo("status=FINISHED entitiesCreated=100000 relationshipsCreated=50000 "
          + "entitiesSent=100000 relationshipsSent=50000 batches=600 maxHeapMiB=" + maxHeapOf(lines));
      assertThat(maxHeapOf(lines)).isLessThanOrEqualTo(64);
    }
  }

  private static long maxHeapOf(List<String> lines) {
    String last = lines.get(lines.size() - 1);
    return Long.parseLong(last.substring(last.indexOf("maxHeapMiB=") + "maxHeapMiB=".length()).trim());
  }
}
