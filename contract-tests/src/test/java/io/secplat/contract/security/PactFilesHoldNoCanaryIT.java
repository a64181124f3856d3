package io.secplat.contract.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.contract.spec.Paths;
import io.secplat.core.Canary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The consumer tests' clients send the canary credentials (the XPact.client methods), yet no pact
 * file holds one: the pacts record the header matchers and their placeholder examples only.
 */
class PactFilesHoldNoCanaryIT {
  @Test
  void noPactFileHoldsACanary() throws IOException {
    List<Path> pacts;
    try (Stream<Path> files = Files.walk(Paths.pacts())) {
      pacts = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    List<String> findings = new ArrayList<>();
    int authorizationExamples = 0;
    for (Path pact : pacts) {
      List<String> lines = Files.readAllLines(pact, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(Canary.MARKER)) {
          findings.add(pact.getFileName() + ":" + (i + 1));
        }
        if (lines.get(i).contains("\"Authorization\"")) {
          authorizationExamples++;
        }
      }
    }
    // Britive, Veza, Guardian, JupiterOne GraphQL and JupiterOne REST
    assertThat(pacts).extracting(p -> p.getFileName().toString()).hasSize(5);
    assertThat(authorizationExamples).as("interactions recording an Authorization header").isGreaterThan(100);
    assertThat(findings).as("pact files holding a canary").isEmpty();
  }
}
