package io.secplat.contract.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.contract.spec.PactSpecCheck;
import io.secplat.contract.spec.Paths;
import io.secplat.core.Canary;
import io.swagger.v3.oas.models.PathItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs after every consumer test has written its pact: the Guardian pact file must exist, every
 * request and response in it must satisfy {@code specs/guardian/guardian.yaml}
 * (swagger-request-validator-pact), and every one of the spec's 141 operations must be exercised
 * by at least one interaction. Any mismatch fails the build.
 */
class GuardianPactMatchesSpecIT {
  static final Path PACT = Paths.pacts().resolve(GuardianPact.CONSUMER + "-" + GuardianPact.PROVIDER + ".json");
  static final Path SPEC = Paths.specs().resolve("guardian/guardian.yaml");
  /**
   * The spec gives createExternalEvent and createLegacyEvent the same request line (its decision
   * on the seed's collision); the validator resolves it to the concrete createExternalEvent, whose
   * body has no room for a legacy event's fields. Only those fields, on that request, are let pass.
   */
  static final ValidationErrorsWhitelist SHARED_EVENTS_PATH = ValidationErrorsWhitelist.create().withRule(
      "createLegacyEvent shares POST /api/v2/events.json with createExternalEvent",
      WhitelistRules.allOf(WhitelistRules.isRequest(), WhitelistRules.methodIs(PathItem.HttpMethod.POST),
          WhitelistRules.pathContainsRegexp("^/api/v2/events\\.json$"),
          WhitelistRules.messageHasKey("validation.request.body.schema.additionalProperties")));
  static final PactSpecCheck CHECK = new PactSpecCheck(SPEC, PACT, GuardianPact.CONSUMER, SHARED_EVENTS_PATH);

  @Test
  void everyInteractionSatisfiesTheSpec() {
    assertThat(PACT).exists();
    PactProviderValidationResults results = CHECK.validate();
    assertThat(results.hasErrors()).as(results.getValidationFailureReport()).isFalse();
    assertThat(results.getConsumerResults()).hasSize(1);
  }

  @Test
  void aPactThatDriftsFromTheSpecIsCaught(@TempDir Path dir) {
    // the spec says node ids are integers; a drifting consumer expects a string
    PactProviderValidationResults results = CHECK.validateDrifted(dir,
        interaction -> interaction.path("description").asText().startsWith("getNode:"),
        interaction -> ((ObjectNode) interaction.path("response").path("body")).put("id", "three-eleven"));
    assertThat(results.hasErrors()).isTrue();
    assertThat(results.getValidationFailureReport()).contains("/id");
  }

  @Test
  void thePactCoversEveryOperationOfTheSpec() {
    Map<String, List<String>> coverage = CHECK.coverage();
    List<String> uncovered = coverage.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
        .collect(Collectors.toList());
    assertThat(coverage).hasSize(141);
    assertThat(uncovered).as("operations of the spec no interaction exercises").isEmpty();
    System.out.printf("Guardian pact: %d interactions cover all %d operations of the spec%n",
        CHECK.interactions().size(), coverage.size());
  }

  @Test
  void thePactNeverHoldsARealCredential() throws IOException {
    assertThat(Files.readString(PACT)).doesNotContain(Canary.MARKER).contains("Token token=\\\"pact-api-keypact-secret-key\\\"");
  }
}
