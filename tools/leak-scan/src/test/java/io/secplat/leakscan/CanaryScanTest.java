package io.secplat.leakscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.secplat.core.Canary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's last step finds a planted canary in every kind of captured output, and only there. */
class CanaryScanTest {
  @TempDir Path root;

  @Test
  void theScannerLooksForTheMarkerTheTestsUse() {
    assertThat(CanaryScan.MARKER.equals(Canary.MARKER)).as("scanner and tests agree on the marker").isTrue();
    assertThat(Canary.BRITIVE_TOKEN.startsWith(CanaryScan.MARKER)).isTrue();
    assertThat(Canary.GUARDIAN_SECRET_KEY.startsWith(CanaryScan.MARKER)).isTrue();
  }

  @Test
  void findsAPlantedCanaryNamingFileAndLineWithoutRepeatingIt() throws IOException {
    Path reports = root.resolve("facade/britive/target/surefire-reports");
    write(reports.resolve("io.secplat.britive.XTest-output.txt"), "line one", "line two",
        "DEBUG Authorization: TOKEN " + Canary.BRITIVE_TOKEN);
    write(reports.resolve("TEST-io.secplat.britive.XTest.xml"), "<testsuite>", "<system-out>clean</system-out>");
    write(root.resolve("contract-tests/target/pacts/consumer-provider.json"), "{", "\"Authorization\": \"Bearer "
        + Canary.VEZA_KEY + "\"", "}");
    write(root.resolve("tools/cli/target/failsafe-reports/CliIT-output.txt"), "ok");
    write(root.resolve("tools/cli/target/run.log"), "a", "b", "c", "d", "key=" + Canary.JUPITERONE_KEY);
    // not captured output: sources, compiled classes, generated code
    write(root.resolve("facade/britive/src/test/java/X.java"), Canary.BRITIVE_TOKEN);
    write(root.resolve("facade/britive/target/test-classes/X.txt"), Canary.BRITIVE_TOKEN);
    write(root.resolve("facade/britive/target/generated-sources/Y.log"), Canary.BRITIVE_TOKEN);

    CanaryScan.Result result = CanaryScan.scan(root);

    assertThat(result.filesScanned()).isEqualTo(5);
    assertThat(result.modulesScanned()).hasSize(3);
    assertThat(result.findings()).extracting(f -> root.relativize(f.file()).toString() + ":" + f.line())
        .containsExactly(
            "contract-tests/target/pacts/consumer-provider.json:2",
            "facade/britive/target/surefire-reports/io.secplat.britive.XTest-output.txt:3",
            "tools/cli/target/run.log:5");
    assertThat(result.findings().get(1).excerpt()).isEqualTo("DEBUG Authorization: TOKEN <canary>-britive-token");

    Throwable failure = catchThrowable(() -> CanaryScan.main(new String[] {root.toString()}));
    assertThat(failure).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("(3 lines)")
        .hasMessageContaining("facade/britive/target/surefire-reports/io.secplat.britive.XTest-output.txt:3: ");
    assertThat(failure.getMessage().contains(CanaryScan.MARKER)).as("the failure repeats no canary").isFalse();
  }

  @Test
  void findsACanaryInBytesThatAreNotUtf8() throws IOException {
    Path file = root.resolve("m/target/surefire-reports/Bin-output.txt");
    Files.createDirectories(file.getParent());
    byte[] canary = Canary.VEZA_KEY.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[canary.length + 3];
    bytes[0] = (byte) 0xC3;
    bytes[1] = (byte) 0x28;
    bytes[2] = ' ';
    System.arraycopy(canary, 0, bytes, 3, canary.length);
    Files.write(file, bytes);

    assertThat(CanaryScan.scan(root).findings()).hasSize(1);
  }

  @Test
  void aCleanTreePasses() throws IOException {
    write(root.resolve("facade/core/target/surefire-reports/A-output.txt"), "nothing to see");

    CanaryScan.main(new String[] {root.toString()});

    assertThat(CanaryScan.scan(root)).satisfies(r -> {
      assertThat(r.filesScanned()).isEqualTo(1);
      assertThat(r.findings()).isEmpty();
    });
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
  }
}
