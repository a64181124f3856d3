package io.secplat.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.britive.BritiveClient;
import io.secplat.core.Secret;
import io.secplat.core.http.Json;
import io.secplat.guardian.GuardianClient;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.mock.MockProviders;
import io.secplat.mock.Recording;
import io.secplat.mock.Vendors;
import io.secplat.veza.QueryListOptions;
import io.secplat.veza.VezaClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A recording taken through the recording proxy ({@link Recording}, what {@code secplat <vendor>
 * record} runs) in front of the mock providers, then replayed by the test kit
 * ({@link SecplatMocks#withRecordings}): the replayed answers equal the recorded ones, a field
 * named by a redaction path is replaced (which proves the recording answers before the seeded
 * mock), a request no recording matches still reaches the seeded mock, and no credential the
 * clients sent appears in any recorded file.
 */
class RecordAndReplayTest {
  private static final String CANARY = "canary-rr-" + "5f0c2a9e";
  private static final ObjectMapper JSON = Json.newMapper();
  /** What the clients saw through the proxy; the replay compares with it. */
  static final Map<String, JsonNode> RECORDED = new ConcurrentHashMap<>();
  static Path folder;

  @TempDir
  static Path temp;

  @BeforeAll
  static void record() throws Exception {
    folder = temp.resolve("recording");
    try (MockProviders tenant = MockProviders.start(0, Vendors.all());
        Recording recording = Recording.start(0, tenant.baseUrl(), List.of("$[*].environmentName"))) {
      String proxy = recording.baseUrl();
      try (BritiveClient britive = BritiveClient.builder().baseUrl(proxy).token(Secret.of(CANARY + "-britive")).build();
          VezaClient veza = VezaClient.builder().baseUrl(proxy).apiKey(Secret.of(CANARY + "-veza")).build();
          GuardianClient guardian = GuardianClient.builder().baseUrl(proxy).apiKey(Secret.of(CANARY + "-gk"))
              .secretKey(Secret.of(CANARY + "-gs")).build();
          JupiterOneClient j1 = JupiterOneClient.builder().baseUrl(proxy).apiKey(Secret.of(CANARY + "-j1"))
              .accountId("acme-account").build()) {
        Answers.take(britive, veza, guardian, j1).forEach(RECORDED::put);
      }
      assertThat(recording.stopAndWrite(folder)).isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void noCredentialTheClientsSentAppearsInAnyRecordedFile() throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> written = files.filter(Files::isRegularFile).collect(Collectors.toList());
      assertThat(written).isNotEmpty();
      for (Path file : written) {
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString())
            .doesNotContain(CANARY).doesNotContainIgnoringCase("\"authorization\"")
            .doesNotContainIgnoringCase("jupiterone-account");
      }
    }
  }

  @Test
  void theTestKitReplaysTheRecordingWithTheSameAnswers() {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Replay.class))
        .configurationParameter("replay.enabled", "true").build(), listener);
    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getFailures()).as(() -> summary.getFailures().stream()
        .map(f -> String.valueOf(f.getException())).collect(Collectors.joining("\n"))).isEmpty();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
  }

  /** The calls whose answers are compared. */
  static final class Answers {
    static Map<String, JsonNode> take(BritiveClient britive, VezaClient veza, GuardianClient guardian,
        JupiterOneClient j1) {
      return Map.of(
          "britive environments", JSON.valueToTree(britive.environments().list("app-1")),
          "veza saved queries", JSON.valueToTree(veza.savedQueries().list(QueryListOptions.defaults()).stream()
              .collect(Collectors.toList())),
          "guardian nodes", JSON.valueToTree(guardian.nodes().list().stream().limit(20).collect(Collectors.toList())),
          "jupiterone query", JSON.valueToTree(j1.query("FIND * LIMIT 5").stream().collect(Collectors.toList())));
    }
  }

  /** Run through the JUnit launcher by the test above, against the test kit loaded with the recording. */
  static final class Replay {
    @RegisterExtension
    static final SecplatMocks MOCKS = folder == null ? new SecplatMocks() : SecplatMocks.withRecordings(folder);

    @Test
    void recordedAnswersComeBackAndTheRedactedFieldIsReplaced(BritiveClient britive, VezaClient veza,
        GuardianClient guardian, JupiterOneClient j1) {
      Assumptions.assumeTrue(folder != null, "run by RecordAndReplayTest");
      Map<String, JsonNode> replayed = Answers.take(britive, veza, guardian, j1);
      assertThat(replayed.get("veza saved queries")).isEqualTo(RECORDED.get("veza saved queries"));
      assertThat(replayed.get("guardian nodes")).isEqualTo(RECORDED.get("guardian nodes"));
      assertThat(replayed.get("jupiterone query")).isEqualTo(RECORDED.get("jupiterone query"));
      JsonNode environments = replayed.get("britive environments");
      assertThat(environments).hasSameSizeAs(RECORDED.get("britive environments"));
      for (int i = 0; i < environments.size(); i++) {
        ObjectNode expected = RECORDED.get("britive environments").get(i).deepCopy();
        expected.put("environmentName", Recording.REDACTED);
        assertThat(environments.get(i)).isEqualTo(expected);
      }
    }

    @Test
    void aRequestNoRecordingMatchesReachesTheSeededMock(VezaClient veza, MockProviders mocks) {
      Assumptions.assumeTrue(folder != null, "run by RecordAndReplayTest");
      mocks.applyState("saved query q-1 exists");
      assertThat(veza.savedQueries().get("q-1").getName()).isEqualTo("Okta users without MFA");
    }
  }
}
