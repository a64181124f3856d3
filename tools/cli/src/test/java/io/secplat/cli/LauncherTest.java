package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.core.Version;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tools/cli/bin/secplat} starts the command line, with the class-data-sharing archive when
 * there is a usable one and as a plain jar when there is none or it is garbage. The jar it runs is
 * a manifest-only jar naming this test's class path (the shaded jar is built after the tests).
 */
class LauncherTest {
  static final Path LAUNCHER = Path.of("bin", "secplat").toAbsolutePath();
  @TempDir
  static Path dir;
  static Path jar;

  @BeforeAll
  static void manifestJar() throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, SecplatCli.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(System.getProperty("java.class.path")
        .split(File.pathSeparator)).map(entry -> Path.of(entry).toUri().toString()).collect(Collectors.joining(" ")));
    jar = dir.resolve("secplat-cli.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
      // the manifest is the whole jar
    }
  }

  static Result run(Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", LAUNCHER.toString(), "--version");
    builder.environment().put("SECPLAT_JAR", jar.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("SECPLAT_JAVA_OPTS");
    builder.environment().remove("SECPLAT_CDS_ARCHIVE");
    builder.environment().remove("SECPLAT_CDS");
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the launcher did not finish in 60 s");
    }
    return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  record Result(int exit, String out, String err) {}

  @Test
  void withoutAnArchiveItRunsThePlainJar() throws Exception {
    Result result = run(Map.of("SECPLAT_CDS_ARCHIVE", dir.resolve("missing.jsa").toString()));

    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEqualTo("secplat " + Version.current() + "\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void anArchiveTheJvmCannotUseIsSkippedSilently() throws Exception {
    Path garbage = dir.resolve("garbage.jsa");
    Files.write(garbage, "not a CDS archive".getBytes(StandardCharsets.US_ASCII));
    Files.setLastModifiedTime(garbage, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));

    Result result = run(Map.of("SECPLAT_CDS_ARCHIVE", garbage.toString()));

    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEqualTo("secplat " + Version.current() + "\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aMissingJarIsOneLineOnStandardErrorAndExitCode2() throws Exception {
    Result result = run(Map.of("SECPLAT_JAR", dir.resolve("nothing.jar").toString()));

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("error: ").contains("nothing.jar not found").endsWith("\n");
    assertThat(result.err().lines()).hasSize(1);
  }
}
