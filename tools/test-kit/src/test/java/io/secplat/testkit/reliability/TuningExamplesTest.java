package io.secplat.testkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.britive.BritiveClient;
import io.secplat.core.CircuitBreakerPolicy;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.veza.VezaClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tuning examples of docs/RELIABILITY.md, compiled and run here; the last test checks that
 * every example between the snippet markers appears in the document word for word.
 */
class TuningExamplesTest {
  static final String TENANT = "https://acme.example.com";

  @Test
  void aBatchJobWaitsLongerAndRetriesMore() {
    // snippet:start batch
    RetryPolicy patient = RetryPolicy.builder()
        .maxAttempts(6)                          // the first attempt and 5 retries
        .initialBackoff(Duration.ofMillis(500))  // then 1 s, 2 s, 4 s ... with ±50 % jitter
        .maxBackoff(Duration.ofSeconds(20))
        .maxRetryAfter(Duration.ofMinutes(2))    // wait out a 2-minute Retry-After; longer ones fail at once
        .deadline(Duration.ofMinutes(10))        // no retry starts, or waits, beyond 10 minutes per call
        .build();
    try (VezaClient veza = VezaClient.builder().baseUrl(TENANT).apiKey(Secret.of(System.getenv().getOrDefault("VEZA_API_KEY", "k")))
        .retryPolicy(patient)
        .readTimeout(Duration.ofMinutes(2))       // large query results
        .build()) {
      // ...
    }
    // snippet:end
    assertThat(patient.maxAttempts()).isEqualTo(6);
    assertThat(patient.backoff(1, null)).isBetween(Duration.ofMillis(250), Duration.ofMillis(750));
    assertThat(patient.backoff(1, Duration.ofSeconds(90))).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void aLatencySensitiveServiceFailsFast() {
    // snippet:start interactive
    RetryPolicy quick = RetryPolicy.builder()
        .maxAttempts(2)
        .initialBackoff(Duration.ofMillis(50))
        .maxRetryAfter(Duration.ofSeconds(1))     // a longer Retry-After surfaces as RateLimitedException at once
        .deadline(Duration.ofSeconds(3))
        .build();
    CircuitBreakerPolicy sensitive = CircuitBreakerPolicy.builder()
        .failureRate(50)                         // open at 50 % failures ...
        .minimumCalls(10)                        // ... once 10 calls were seen ...
        .window(20)                              // ... among the last 20
        .openFor(Duration.ofSeconds(10))         // fail fast for 10 s, then
        .trialCalls(2)                           // let 2 trial calls decide
        .build();
    try (BritiveClient britive = BritiveClient.builder().baseUrl(TENANT)
        .token(Secret.of(System.getenv().getOrDefault("BRITIVE_TOKEN", "t")))
        .retryPolicy(quick)
        .circuitBreaker(sensitive)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .build()) {
      // ...
    }
    // snippet:end
    assertThat(quick.deadline()).isEqualTo(Duration.ofSeconds(3));
    assertThat(sensitive.window()).isEqualTo(20);
  }

  @Test
  void retriesAndBreakerCanBeSwitchedOff() {
    // snippet:start off
    try (JupiterOneClient j1 = JupiterOneClient.builder().apiKey(Secret.of(System.getenv().getOrDefault("JUPITERONE_API_KEY", "k")))
        .accountId("my-account")
        .retryPolicy(RetryPolicy.none())                 // every call attempted once (your own retry loop decides)
        .circuitBreaker(CircuitBreakerPolicy.disabled()) // never opens
        .build()) {
      // ...
    }
    // snippet:end
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(CircuitBreakerPolicy.disabled().enabled()).isFalse();
  }

  @Test
  void theDocumentShowsEveryExampleAsCompiledHere() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.exists(root.resolve("docs/RELIABILITY.md"))) {
      root = root.getParent();
    }
    assertThat(root).as("docs/RELIABILITY.md above " + Path.of("").toAbsolutePath()).isNotNull();
    String doc = Files.readString(root.resolve("docs/RELIABILITY.md"), StandardCharsets.UTF_8);
    List<String> source = Files.readAllLines(
        Path.of("src/test/java/io/secplat/testkit/reliability/TuningExamplesTest.java"), StandardCharsets.UTF_8);
    List<String> snippets = new ArrayList<>();
    StringBuilder current = null;
    for (String line : source) {
      if (line.trim().startsWith("// snippet:start")) {
        current = new StringBuilder();
      } else if (line.trim().equals("// snippet:end")) {
        snippets.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(line.length() >= 4 ? line.substring(4) : line.trim()).append('\n');
      }
    }
    assertThat(snippets).hasSize(3);
    for (String snippet : snippets) {
      assertThat(doc).contains(snippet);
    }
  }
}
