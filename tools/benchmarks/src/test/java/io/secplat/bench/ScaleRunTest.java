package io.secplat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ScaleRun} in a JVM of its own with a 64 MB heap ({@code bench.scale.count} items
 * per run, 100,000 in the build; run-scale.sh runs 1,000,000): every run of the J1QL stream, the
 * Veza stream and bulk sync, façade and raw, completes with the exact count. A benchmark, not a
 * timed test: the throughput is printed, not asserted.
 */
class ScaleRunTest {

  @Test
  void everyScaleRunCompletesWithin64MegabytesOfHeap(@TempDir Path dir) throws Exception {
    String count = System.getProperty("bench.scale.count", "100000");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    File output = dir.resolve("scale.out").toFile();
    Process run = new ProcessBuilder(java, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", classpath,
        ScaleRun.class.getName(), count, "0", "1")
        .redirectErrorStream(true).redirectOutput(output).start();

    boolean ended = run.waitFor(10, TimeUnit.MINUTES);
    if (!ended) {
      run.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(output.toPath(), StandardCharsets.UTF_8);
    lines.forEach(System.out::println);

    assertThat(ended).as("scale run ended").isTrue();
    assertThat(run.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(lines.get(0)).startsWith("JVM maxHeapMiB=").contains("maxHeapMiB=6");
    List<String> results = lines.stream().filter(l -> l.startsWith("RESULT ")).collect(Collectors.toList());
    assertThat(results).hasSize(8).allSatisfy(l -> assertThat(l).contains(" items=" + count + " "));
    assertThat(results.stream().map(l -> l.split("\\s+")[1]))
        .containsExactly("j1ql-facade", "j1ql-raw-typed", "j1ql-raw-tokens", "veza-facade", "veza-raw-typed",
            "veza-raw-tokens", "sync-facade", "sync-raw");
  }
}
