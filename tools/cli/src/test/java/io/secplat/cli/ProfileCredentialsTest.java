package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.secplat.mock.MockProviders;
import io.secplat.mock.britive.BritiveMock;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials from a profile file: permissions checked, precedence over the environment, secrets never printed. */
class ProfileCredentialsTest {
  static final String SECRET = "profile-secret-token-0042";
  static MockProviders mocks;

  @TempDir
  Path home;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new BritiveMock());
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @BeforeEach
  void posixOnly() {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
  }

  Path profileFile(String permissions, String content) throws IOException {
    Path file = home.resolve(".config/secplat/profiles.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }

  SecplatCliAccess.Run run(Map<String, String> environment, String... args) {
    SecplatCliAccess.Run run = SecplatCliAccess.run(new CliContext(environment, Terminal.NONE, home), args);
    assertThat(run.out() + run.err()).doesNotContain(SECRET);
    return run;
  }

  @Test
  void theDefaultProfileSuppliesWhatTheEnvironmentLacks() throws IOException {
    profileFile("rw-------", "default.BRITIVE_BASE_URL=" + mocks.baseUrl() + "\ndefault.BRITIVE_TOKEN=" + SECRET + "\n");

    SecplatCliAccess.Run run = run(Map.of(), "britive", "environments", "list", "app-1", "--output", "csv", "--columns", "environmentId");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("environmentId\r\n1111\r\n2222\r\n1212\r\n");
  }

  @Test
  void aNamedProfileWinsOverTheEnvironment() throws IOException {
    profileFile("rw-------", "default.BRITIVE_TOKEN=unused\nprod.BRITIVE_BASE_URL=" + mocks.baseUrl()
        + "\nprod.BRITIVE_TOKEN=" + SECRET + "\n");

    SecplatCliAccess.Run run = run(Map.of("BRITIVE_BASE_URL", "http://127.0.0.1:1", "BRITIVE_TOKEN", "env-token"),
        "britive", "environments", "list", "app-1", "--profile", "prod", "--output", "csv", "--columns", "environmentName");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("environmentName\r\nSigma\r\nSigma L\r\nDev Account 2\r\n");
    assertThat(mocks.server().getAllServeEvents().get(0).getRequest().getHeader("Authorization")).isEqualTo("TOKEN " + SECRET);
  }

  @Test
  void theEnvironmentWinsOverTheDefaultProfile() throws IOException {
    profileFile("rw-------", "default.BRITIVE_BASE_URL=http://127.0.0.1:1\ndefault.BRITIVE_TOKEN=" + SECRET + "\n");

    SecplatCliAccess.Run run = run(Map.of("BRITIVE_BASE_URL", mocks.baseUrl(), "BRITIVE_TOKEN", "env-token-0001"),
        "britive", "environments", "list", "app-1", "--output", "csv", "--columns", "environmentId");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("environmentId\r\n1111\r\n2222\r\n1212\r\n");
  }

  @Test
  void aProfileFileOthersCanReadIsRefusedWithTheFix() throws IOException {
    Path file = profileFile("rw-r--r--", "default.BRITIVE_BASE_URL=" + mocks.baseUrl() + "\ndefault.BRITIVE_TOKEN=" + SECRET + "\n");

    SecplatCliAccess.Run run = run(Map.of(), "britive", "environments", "list", "app-1");

    assertThat(run.exit()).isEqualTo(ExitCode.AUTH.code);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: the profile file " + file + " holds credentials but is accessible by group or others "
        + "(mode rw-r--r--); restrict it with: chmod 600 " + file + "\n");
  }

  @Test
  void aProfileFileTheGroupCanReadIsRefusedToo() throws IOException {
    Path file = profileFile("rw-r-----", "prod.BRITIVE_TOKEN=" + SECRET + "\n");

    SecplatCliAccess.Run run = run(Map.of(), "britive", "--profile-file", file.toString(), "--profile", "prod", "environments", "list", "x");

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).contains("(mode rw-r-----); restrict it with: chmod 600 " + file);
  }

  @Test
  void anUnknownProfileOrAMissingFileIsACredentialsError() throws IOException {
    Path file = profileFile("rw-------", "default.BRITIVE_TOKEN=" + SECRET + "\n");

    SecplatCliAccess.Run unknown = run(Map.of(), "britive", "environments", "list", "app-1", "--profile", "staging");
    assertThat(unknown.exit()).isEqualTo(4);
    assertThat(unknown.err()).isEqualTo("error: the profile file " + file + " has no profile 'staging' (lines like "
        + "staging.BRITIVE_BASE_URL=...)\n");

    Path missing = home.resolve("nope.properties");
    SecplatCliAccess.Run absent = run(Map.of(), "britive", "environments", "list", "app-1", "--profile-file", missing.toString());
    assertThat(absent.exit()).isEqualTo(4);
    assertThat(absent.err()).isEqualTo("error: the profile file " + missing + " does not exist\n");
  }

  @Test
  void theProfileFileAndProfileCanBeNamedByEnvironmentVariables() throws IOException {
    Path file = home.resolve("elsewhere.properties");
    Files.writeString(file, "ci.BRITIVE_BASE_URL=" + mocks.baseUrl() + "\nci.BRITIVE_TOKEN=" + SECRET + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

    SecplatCliAccess.Run run = run(Map.of("SECPLAT_PROFILE_FILE", file.toString(), "SECPLAT_PROFILE", "ci"),
        "britive", "environments", "list", "app-1", "--output", "csv", "--columns", "environmentId");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("environmentId\r\n1111\r\n2222\r\n1212\r\n");
  }
}
