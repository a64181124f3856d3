package io.secplat.contract.drift;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.secplat.britive.BritiveClient;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.contract.Drift;
import io.secplat.core.contract.DriftKind;
import io.secplat.core.contract.RawValues;
import io.secplat.core.error.UndecodableResponseException;
import io.secplat.core.metrics.MicrometerMetrics;
import io.secplat.veza.VezaClient;
import io.secplat.veza.generated.model.AssessmentQuery;
import io.secplat.veza.generated.model.QueryType;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The tolerant reader, one test per kind of drift it survives: a response shaped unlike its
 * contract is served by WireMock on 127.0.0.1 and read through a real façade call. Each test
 * asserts the tolerant answer, the one WARN line on {@code io.secplat.contract} (shapes, never
 * values), the {@code secplat.client.contract.drift} counter, and that the same response fails a
 * strict client with an {@link UndecodableResponseException} naming the JSON path.
 */
class TolerantReaderTest {
  private static final String QUERY = "/api/v1/assessments/queries/q-1";
  private static final String SECRET_VALUE = "leaky-value-7f3a";

  private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
  private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<AutoCloseable> open = new java.util.ArrayList<>();
  private Logger contractLogger;

  @BeforeEach
  void start() {
    server.start();
    contractLogger = (Logger) LoggerFactory.getLogger("io.secplat.contract");
    warnings.start();
    contractLogger.addAppender(warnings);
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable client : open) {
      client.close();
    }
    contractLogger.detachAppender(warnings);
    server.stop();
  }

  @Test
  void aSingleValueWhereTheContractSaysListIsReadAsAOneElementList() {
    serveQuery("\"owners\": \"" + SECRET_VALUE + "\"");

    assertThat(tolerantVeza(veza -> veza.savedQueries().get("q-1")).getOwners()).containsExactly(SECRET_VALUE);
    assertReported(DriftKind.SCALAR_FOR_LIST, "$.value.owners", "expected=array found=string");
    assertStrictFailsAt(DriftKind.SCALAR_FOR_LIST, "$.value.owners");
  }

  @Test
  void aListWhereTheContractSaysOneValueKeepsTheFirstAndTheWholeListRaw() {
    serveQuery("\"name\": [\"" + SECRET_VALUE + "\", \"second\"]");

    AssessmentQuery query = tolerantVeza(veza -> veza.savedQueries().get("q-1"));
    assertThat(query.getName()).isEqualTo(SECRET_VALUE);
    assertThat(RawValues.of(query, "name")).hasValueSatisfying(raw -> assertThat(raw.size()).isEqualTo(2));
    assertReported(DriftKind.LIST_FOR_SCALAR, "$.value.name", "expected=string found=array");
    assertStrictFailsAt(DriftKind.LIST_FOR_SCALAR, "$.value.name");
  }

  @Test
  void aNumberWhereTheContractSaysStringIsReadAsItsText() {
    serveQuery("\"id\": 4711");

    assertThat(tolerantVeza(veza -> veza.savedQueries().get("q-1")).getId()).isEqualTo("4711");
    assertReported(DriftKind.NUMBER_FOR_STRING, "$.value.id", "expected=string found=number");
    assertStrictFailsAt(DriftKind.NUMBER_FOR_STRING, "$.value.id");
  }

  @Test
  void anEpochMillisecondTimestampWhereTheContractSaysDateTimeIsReadAsThatInstant() {
    serveQuery("\"created_at\": 1700000000123");

    assertThat(tolerantVeza(veza -> veza.savedQueries().get("q-1")).getCreatedAt().toInstant())
        .isEqualTo(Instant.ofEpochMilli(1700000000123L));
    assertReported(DriftKind.NUMBER_FOR_STRING, "$.value.created_at", "expected=date-time string found=number");
    assertStrictFailsAt(DriftKind.NUMBER_FOR_STRING, "$.value.created_at");
  }

  @Test
  void aStringWhereTheContractSaysNumberIsParsed() {
    serveQuery("\"result\": \"42\"");

    assertThat(tolerantVeza(veza -> veza.savedQueries().get("q-1")).getResult()).isEqualTo(42);
    assertReported(DriftKind.STRING_FOR_NUMBER, "$.value.result", "expected=number found=string");
    assertStrictFailsAt(DriftKind.STRING_FOR_NUMBER, "$.value.result");
  }

  @Test
  void anUnknownEnumValueIsKeptAsTheUnknownConstantAndReadableRaw() {
    serveQuery("\"query_type\": \"" + SECRET_VALUE + "\"");

    AssessmentQuery query = tolerantVeza(veza -> veza.savedQueries().get("q-1"));
    assertThat(query.getQueryType()).isEqualTo(QueryType.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(RawValues.text(query, "query_type")).contains(SECRET_VALUE);
    assertReported(DriftKind.UNKNOWN_ENUM_VALUE, "$.value.query_type", "found=a value the contract does not list");
    assertStrictFailsAt(DriftKind.UNKNOWN_ENUM_VALUE, "$.value.query_type");
  }

  @Test
  void anUnknownFieldIsSkipped() {
    serveQuery("\"brand_new\": {\"secret\": \"" + SECRET_VALUE + "\"}");

    assertThat(tolerantVeza(veza -> veza.savedQueries().get("q-1")).getName()).isEqualTo("Okta users");
    assertReported(DriftKind.UNKNOWN_FIELD, "$.value.brand_new", "expected=no such field found=object");
    assertStrictFailsAt(DriftKind.UNKNOWN_FIELD, "$.value.brand_new");
  }

  @Test
  void anObjectDeliveredAsAJsonStringIsParsed() {
    serveQuery("\"source_node_types\": \"{\\\"nodes\\\": [{\\\"node_type\\\": \\\"" + SECRET_VALUE + "\\\"}]}\"");

    AssessmentQuery query = tolerantVeza(veza -> veza.savedQueries().get("q-1"));
    assertThat(query.getSourceNodeTypes().getNodes().get(0).getNodeType()).isEqualTo(SECRET_VALUE);
    assertReported(DriftKind.OBJECT_AS_STRING, "$.value.source_node_types", "expected=object found=a string holding JSON");
    assertStrictFailsAt(DriftKind.OBJECT_AS_STRING, "$.value.source_node_types");
  }

  @Test
  void anAbsentRequiredFieldIsLeftNull() {
    server.stubFor(get(urlPathEqualTo("/api/apps/app-1/environments"))
        .willReturn(okJson("[{\"environmentName\": \"" + SECRET_VALUE + "\"}]")));

    BritiveClient tolerant = britive(false);
    open.add(tolerant);
    assertThat(tolerant.environments().list("app-1")).singleElement()
        .satisfies(item -> assertThat(item.getEnvironmentId()).isNull());
    assertReported(DriftKind.MISSING_REQUIRED, "$[*].environmentId", "vendor=Britive operation=listEnvironments",
        "expected=a value found=absent");
    try (BritiveClient britive = britive(true)) {
      assertThatThrownBy(() -> britive.environments().list("app-1"))
          .isInstanceOf(UndecodableResponseException.class)
          .hasMessageContaining("$[*].environmentId")
          .satisfies(e -> assertThat(Drift.in(e).kind()).isEqualTo(DriftKind.MISSING_REQUIRED));
    }
  }

  @Test
  void eachDeviationIsReportedOncePerOperationAndField() {
    serveQuery("\"id\": 4711");

    tolerantVeza(veza -> {
      for (int i = 0; i < 3; i++) {
        veza.savedQueries().get("q-1");
      }
      return null;
    });
    assertThat(warnings.list).hasSize(1);
    assertThat(registry.get(MicrometerMetrics.CONTRACT_DRIFT).counter().count()).isEqualTo(1.0);
  }

  @Test
  void theSuitesOwnTestsReadStrictlyByDefault() {
    serveQuery("\"id\": 4711");

    try (VezaClient veza = VezaClient.builder().baseUrl(server.baseUrl()).apiKey(Secret.of("veza-key")).build()) {
      assertThatThrownBy(() -> veza.savedQueries().get("q-1")).isInstanceOf(UndecodableResponseException.class)
          .hasMessageContaining("$.value.id");
    }
  }

  private void serveQuery(String drifted) {
    server.stubFor(get(urlPathEqualTo(QUERY)).willReturn(okJson("{\"value\": {\"id\": \"q-1\", \"name\": \"Okta users\", "
        + "\"query_type\": \"SOURCE_TO_DESTINATION\", " + drifted + "}}")));
  }

  /** Calls a tolerant client that stays open until the test ends: closing a client removes its meters. */
  private <T> T tolerantVeza(Function<VezaClient, T> call) {
    VezaClient veza = veza(false);
    open.add(veza);
    return call.apply(veza);
  }

  private VezaClient veza(boolean strict) {
    return VezaClient.builder().baseUrl(server.baseUrl()).apiKey(Secret.of("veza-key")).retryPolicy(RetryPolicy.none())
        .metrics(MicrometerMetrics.of(registry)).strictContracts(strict).build();
  }

  private BritiveClient britive(boolean strict) {
    return BritiveClient.builder().baseUrl(server.baseUrl()).token(Secret.of("britive-token"))
        .retryPolicy(RetryPolicy.none()).metrics(MicrometerMetrics.of(registry)).strictContracts(strict).build();
  }

  /** One WARN line naming vendor, operation, path, kind and the shapes; the counter at 1; no value anywhere. */
  private void assertReported(DriftKind kind, String path, String... fragments) {
    List<String> lines = warnings.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList());
    assertThat(lines).singleElement().satisfies(line -> {
      assertThat(line).contains("path=" + path + " ", "kind=" + kind).contains(fragments).doesNotContain(SECRET_VALUE);
      if (path.startsWith("$.value")) {
        assertThat(line).contains("vendor=Veza operation=getAssessmentQuery");
      }
    });
    assertThat(warnings.list.get(0).getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
    String operation = path.startsWith("$.value") ? "getAssessmentQuery" : "listEnvironments";
    assertThat(registry.get(MicrometerMetrics.CONTRACT_DRIFT)
        .tags("operation", operation, "kind", kind.name()).counter().count()).isEqualTo(1.0);
  }

  private void assertStrictFailsAt(DriftKind kind, String path) {
    try (VezaClient veza = veza(true)) {
      assertThatThrownBy(() -> veza.savedQueries().get("q-1"))
          .isInstanceOf(UndecodableResponseException.class)
          .hasMessageContaining(path)
          .hasMessageContaining(kind.name())
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET_VALUE))
          .satisfies(e -> assertThat(Drift.in(e).path()).isEqualTo(path));
    }
  }
}
