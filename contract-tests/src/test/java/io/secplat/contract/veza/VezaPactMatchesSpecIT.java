package io.secplat.contract.veza;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.contract.spec.PactSpecCheck;
import io.secplat.contract.spec.Paths;
import io.secplat.core.Canary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs after every consumer test has written its pact: the Veza pact file must exist, hold an
 * interaction for every operation of the spec, and every request and response in it must satisfy
 * the spec (swagger-request-validator-pact). Any mismatch fails the build.
 */
class VezaPactMatchesSpecIT {
  static final Path PACT = Paths.pacts().resolve(VezaPact.CONSUMER + "-" + VezaPact.PROVIDER + ".json");
  static final Path SPEC = Paths.specs().resolve("veza/veza.yaml");
  static final PactSpecCheck CHECK = new PactSpecCheck(SPEC, PACT, VezaPact.CONSUMER);

  @Test
  void everyInteractionSatisfiesTheSpec() {
    assertThat(PACT).exists();
    PactProviderValidationResults results = CHECK.validate();
    assertThat(results.hasErrors()).as(results.getValidationFailureReport()).isFalse();
    assertThat(results.getConsumerResults()).hasSize(1);
  }

  @Test
  void aPactThatDriftsFromTheSpecIsCaught(@TempDir Path dir) {
    // the spec says number_value is an int64 string; a drifting consumer expects words
    PactProviderValidationResults results = CHECK.validateDrifted(dir,
        interaction -> interaction.path("request").path("path").asText().endsWith(":result"),
        interaction -> ((ObjectNode) interaction.path("response").path("body")).put("number_value", "many"));
    assertThat(results.hasErrors()).isTrue();
    assertThat(results.getValidationFailureReport()).contains("number_value");
  }

  @Test
  void thePactCoversEveryOperationOfTheSpecOnce() {
    Map<String, List<String>> coverage = CHECK.coverage();
    assertThat(coverage).hasSize(40);
    assertThat(CHECK.interactions()).hasSize(40);
    assertThat(coverage).allSatisfy((operation, interactions) -> assertThat(interactions).as(operation).hasSize(1));
  }

  @Test
  void thePactNeverHoldsARealCredential() throws IOException {
    assertThat(Files.readString(PACT)).doesNotContain(Canary.MARKER).contains("Bearer pact-veza-key-0001");
  }
}
