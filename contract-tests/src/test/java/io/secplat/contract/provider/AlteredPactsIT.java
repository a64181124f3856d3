package io.secplat.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import io.secplat.contract.spec.PactSpecCheck;
import io.secplat.contract.spec.Paths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Deliberately altered pacts of the three vendors (a wrong field type in a Veza and in a Guardian
 * response, an unknown Veza path, a missing required Britive query parameter) fail all three checks
 * of the contract loop, each naming the interaction: pact-jvm's provider verification against the
 * mock providers, the independent reference verifier, and the offline check against the spec.
 */
class AlteredPactsIT {

  @BeforeAll
  static void alter() throws IOException {
    AlteredPacts.write();
  }

  @Test
  void pactJvmVerificationFailsEveryAlteredInteraction() {
    Events failures = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(AlteredBritivePactVerification.class), selectClass(AlteredVezaPactVerification.class),
            selectClass(AlteredGuardianPactVerification.class))
        .execute().testEvents().failed();
    List<String> messages = failures.stream()
        .map(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
            .getThrowable().map(Throwable::getMessage).orElse(""))
        .collect(Collectors.toList());
    assertThat(messages).hasSize(4);
    for (String description : AlteredPacts.DESCRIPTIONS) {
      assertThat(messages).anyMatch(message -> message.contains(description));
    }
  }

  @Test
  void theIndependentVerifierFailsNamingEachAlteredInteraction() throws Exception {
    Path script = Path.of(System.getProperty("tools.dir"), "pact-verify.sh");
    Process process = new ProcessBuilder("bash", script.toString(), AlteredPacts.DIR.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isEqualTo(1);
    for (String description : AlteredPacts.DESCRIPTIONS) {
      assertThat(output).contains(description);
    }
    assertThat(output).contains("0 of 4 interactions in 3 pact files verified by the reference Pact verifier: FAILED");
  }

  @Test
  void theSpecCheckFailsNamingEachAlteredInteraction() {
    PactProviderValidationResults veza = new PactSpecCheck(Paths.specs().resolve("veza/veza.yaml"),
        AlteredPacts.DIR.resolve("secplat-veza-facade-veza-api.json"), "secplat-veza-facade").validate();
    PactProviderValidationResults britive = new PactSpecCheck(Paths.specs().resolve("britive/britive.yaml"),
        AlteredPacts.DIR.resolve("secplat-britive-facade-britive-api.json"), "secplat-britive-facade").validate();
    PactProviderValidationResults guardian = new PactSpecCheck(Paths.specs().resolve("guardian/guardian.yaml"),
        AlteredPacts.DIR.resolve("secplat-guardian-facade-guardian-api.json"), "secplat-guardian-facade").validate();
    String report = veza.getValidationFailureReport() + britive.getValidationFailureReport()
        + guardian.getValidationFailureReport();
    assertThat(veza.hasErrors()).isTrue();
    assertThat(britive.hasErrors()).isTrue();
    assertThat(guardian.hasErrors()).isTrue();
    for (String description : AlteredPacts.DESCRIPTIONS) {
      assertThat(report).contains(description);
    }
  }
}
