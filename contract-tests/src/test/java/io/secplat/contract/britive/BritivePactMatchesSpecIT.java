package io.secplat.contract.britive;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.pact.PactProviderValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.secplat.contract.spec.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs after every consumer test has written its pact: the Britive pact file must exist, hold an
 * interaction for every operation of the spec, and every request and response in it must satisfy
 * the spec (swagger-request-validator-pact). Any mismatch fails the build.
 */
class BritivePactMatchesSpecIT {
  static final Path PACT = Paths.pacts().resolve(BritivePact.CONSUMER + "-" + BritivePact.PROVIDER + ".json");
  static final Path SPEC = Paths.specs().resolve("britive/britive.yaml");

  @Test
  void everyInteractionSatisfiesTheSpec() throws IOException {
    assertThat(PACT).exists();
    PactProviderValidationResults results = PactProviderValidator.createFor(SPEC.toUri().toString())
        .withConsumer(BritivePact.CONSUMER, PACT.toUri().toURL())
        .build()
        .validate();
    assertThat(results.hasErrors()).as(results.getValidationFailureReport()).isFalse();
    assertThat(results.getConsumerResults()).hasSize(1);
  }

  @Test
  void aPactThatDriftsFromTheSpecIsCaught(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode pact = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(PACT.toFile());
    for (JsonNode interaction : pact.withArray("interactions")) {
      if (interaction.path("request").path("path").asText().endsWith("/accounts")) {
        // the spec says count is an integer; a drifting consumer expects a string
        ((com.fasterxml.jackson.databind.node.ObjectNode) interaction.path("response").path("body")).put("count", "many");
      }
    }
    Path drifted = dir.resolve("drifted.json");
    json.writeValue(drifted.toFile(), pact);
    PactProviderValidationResults results = PactProviderValidator.createFor(SPEC.toUri().toString())
        .withConsumer(BritivePact.CONSUMER, drifted.toUri().toURL())
        .build()
        .validate();
    assertThat(results.hasErrors()).isTrue();
    assertThat(results.getValidationFailureReport()).contains("count");
  }

  @Test
  void thePactCoversEveryOperationOfTheSpecOnce() throws IOException {
    JsonNode pact = new ObjectMapper().readTree(PACT.toFile());
    JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());
    List<String> operations = new ArrayList<>();
    List<String> covered = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      Pattern regex = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        String operationId = method.getValue().path("operationId").asText();
        operations.add(operationId);
        for (JsonNode interaction : pact.path("interactions")) {
          JsonNode request = interaction.path("request");
          if (request.path("method").asText().toLowerCase(Locale.ROOT).equals(method.getKey())
              && regex.matcher(request.path("path").asText()).matches()) {
            covered.add(operationId);
          }
        }
      }
    }
    assertThat(operations).hasSize(17);
    assertThat(pact.path("interactions")).hasSize(17);
    assertThat(new TreeSet<>(covered)).containsExactlyElementsOf(new TreeSet<>(operations));
    assertThat(covered).doesNotHaveDuplicates();
  }

  @Test
  void thePactNeverHoldsARealCredential() throws IOException {
    assertThat(Files.readString(PACT)).doesNotContain("CANARY").contains("TOKEN pact-token-0001");
  }
}
