package io.secplat.contract.britive;

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
 * Runs after every consumer test has written its pact: the Britive pact file must exist, hold an
 * interaction for every operation of the spec, and every request and response in it must satisfy
 * the spec (swagger-request-validator-pact). Any mismatch fails the build.
 */
class BritivePactMatchesSpecIT {
  static final Path PACT = Paths.pacts().resolve(BritivePact.CONSUMER + "-" + BritivePact.PROVIDER + ".json");
  static final Path SPEC = Paths.specs().resolve("britive/britive.yaml");
  static final PactSpecCheck CHECK = new PactSpecCheck(SPEC, PACT, BritivePact.CONSUMER);

  @Test
  void everyInteractionSatisfiesTheSpec() {
    assertThat(PACT).exists();
    PactProviderValidationResults results = CHECK.validate();
    assertThat(results.hasErrors()).as(results.getValidationFailureReport()).isFalse();
    assertThat(results.getConsumerResults()).hasSize(1);
  }

  @Test
  void aPactThatDriftsFromTheSpecIsCaught(@TempDir Path dir) {
    // the spec says count is an integer; a drifting consumer expects a string
    PactProviderValidationResults results = CHECK.validateDrifted(dir,
        interaction -> interaction.path("request").path("path").asText().endsWith("/accounts"),
        interaction -> ((ObjectNode) interaction.path("response").path("body")).put("count", "many"));
    assertThat(results.hasErrors()).isTrue();
    assertThat(results.getValidationFailureReport()).contains("count");
  }

  @Test
  void thePactCoversEveryOperationOfTheSpecOnce() {
    Map<String, List<String>> coverage = CHECK.coverage();
    assertThat(coverage).hasSize(17);
    assertThat(CHECK.interactions()).hasSize(17);
    assertThat(coverage).allSatisfy((operation, interactions) -> assertThat(interactions).as(operation).hasSize(1));
  }

  @Test
  void thePactNeverHoldsARealCredential() throws IOException {
    assertThat(Files.readString(PACT)).doesNotContain(Canary.MARKER).contains("TOKEN pact-token-0001");
  }
}
