package io.secplat.contract.veza;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.contract.spec.PactSpecCheck;
import io.secplat.contract.spec.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs after every consumer test has written its pact: the Veza pact file must hold an
 * interaction for every operation of the spec, and every request and response in it must satisfy
 * the spec. Any mismatch fails the build.
 */
class VezaPactMatchesSpecIT {
  static final Path PACT = Paths.pacts().resolve(VezaPact.CONSUMER + "-" + VezaPact.PROVIDER + ".json");
  static final PactSpecCheck CHECK = new PactSpecCheck(PACT, Paths.specs().resolve("veza/veza.yaml"),
      VezaPact.CONSUMER);

  @Test
  void everyInteractionSatisfiesTheSpec() {
    assertThat(PACT).exists();
    PactProviderValidationResults results = CHECK.validate();
    assertThat(results.hasErrors()).as(results.getValidationFailureReport()).isFalse();
    assertThat(results.getConsumerResults()).hasSize(1);
  }

  @Test
  void aPactThatDriftsFromTheSpecIsCaught(@TempDir Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode pact = (ObjectNode) json.readTree(PACT.toFile());
    for (JsonNode interaction : pact.withArray("interactions")) {
      if (interaction.path("request").path("path").asText().endsWith(":result")) {
        // the spec says number_value is an int64 string; a drifting consumer expects words
        ((ObjectNode) interaction.path("response").path("body")).put("number_value", "many");
      }
    }
    Path drifted = dir.resolve("drifted.json");
    json.writeValue(drifted.toFile(), pact);
    PactProviderValidationResults results = CHECK.validate(drifted);
    assertThat(results.hasErrors()).isTrue();
    assertThat(results.getValidationFailureReport()).contains("number_value");
  }

  @Test
  void thePactCoversEveryOperationOfTheSpecOnce() {
    assertThat(CHECK.operations()).hasSize(21);
    assertThat(CHECK.interactionCount()).isEqualTo(21);
    assertThat(new TreeSet<>(CHECK.coveredOperations())).containsExactlyElementsOf(new TreeSet<>(CHECK.operations()));
    assertThat(CHECK.coveredOperations()).doesNotHaveDuplicates();
  }

  @Test
  void thePactNeverHoldsARealCredential() throws IOException {
    assertThat(Files.readString(PACT)).doesNotContain("CANARY").contains("Bearer pact-veza-key-0001");
  }
}
