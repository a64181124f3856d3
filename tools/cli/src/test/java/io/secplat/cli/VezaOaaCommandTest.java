package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code secplat veza oaa …} against the embedded Veza mock provider. */
class VezaOaaCommandTest {
  static final String PAYLOAD = "{\"applications\":[{\"name\":\"portal\",\"application_type\":\"AcmePortal\","
      + "\"local_users\":[{\"id\":\"u1\",\"name\":\"ann\",\"identities\":[\"ann@example.com\"]}]}],"
      + "\"permissions\":[{\"name\":\"view\",\"permission_type\":[\"DataRead\"]}],"
      + "\"identity_to_permissions\":[{\"identity\":\"u1\",\"identity_type\":\"local_user\","
      + "\"application_permissions\":[{\"application\":\"portal\",\"permission\":\"view\",\"apply_to_application\":true}]}]}";

  @Test
  void pushesAPayloadFileCreatingTheProviderAndPrintsVezasWarnings(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("portal.json"), PAYLOAD);

    SecplatCliAccess.Run run = SecplatCliAccess.run("veza", "--mock", "oaa", "push", file.toString(),
        "--provider", "Acme Portal", "--data-source", "prod", "--create-provider");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("pushed ").contains(" bytes to Acme Portal/prod (plain), 1 warning(s)")
        .contains("  warning: Cannot find identity by names ann@example.com for local user u1");
  }

  @Test
  void refusesToPushToAMissingProviderWithoutCreateProvider(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("portal.json"), PAYLOAD);

    SecplatCliAccess.Run run = SecplatCliAccess.run("veza", "--mock", "oaa", "push", file.toString(),
        "--provider", "Acme Portal", "--data-source", "prod");

    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("no custom provider named Acme Portal");
  }

  @Test
  void listsTheOaaTemplatesAsJsonLines() {
    SecplatCliAccess.Run run = SecplatCliAccess.run("veza", "--mock", "oaa", "templates");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines()).containsExactly("{\"id\":\"application\",\"name\":\"application\"}",
        "{\"id\":\"hris\",\"name\":\"hris\"}", "{\"id\":\"identity_provider\",\"name\":\"identity_provider\"}");
  }
}
