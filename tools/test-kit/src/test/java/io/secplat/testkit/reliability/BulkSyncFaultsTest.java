package io.secplat.testkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.CircuitBreakerPolicy;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.ServerException;
import io.secplat.core.error.TransportException;
import io.secplat.jupiterone.BatchLimits;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.SyncFailedException;
import io.secplat.jupiterone.SyncJobSpec;
import io.secplat.jupiterone.SyncReport;
import io.secplat.jupiterone.generated.model.SyncEntity;
import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.testkit.SecplatMocks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JupiterOne bulk sync with a batch failing mid-job (the 2nd of 4 uploads of 2 entities): a
 * failure that cannot duplicate anything is retried and the job completes with exact counts; an
 * unknown outcome stops the job unfinalized and the exception lists what was and was not sent.
 * The server's request counts and the job's own counters prove nothing was dropped or duplicated.
 */
@ExtendWith(SecplatMocks.class)
class BulkSyncFaultsTest {
  static final String UPLOADS = "/persister/synchronization/jobs/[^/]+/entities";
  static final String FINALIZE = "/persister/synchronization/jobs/[^/]+/finalize";
  static final String ABORT = "/persister/synchronization/jobs/[^/]+/abort";
  static final RetryPolicy RETRY = RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10))
      .maxBackoff(Duration.ofMillis(50)).maxRetryAfter(Duration.ofSeconds(2)).build();

  /** Reads time out after 800 ms (the slow answer below takes 2 s). */
  static JupiterOneClient client(MockProviders mocks) {
    return JupiterOneClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("sync-faults-key")).accountId("sync-faults")
        .retryPolicy(RETRY).readTimeout(Duration.ofMillis(800)).circuitBreaker(CircuitBreakerPolicy.disabled()).build();
  }

  static Stream<SyncEntity> eight() {
    return IntStream.range(0, 8).mapToObj(i -> new SyncEntity().key("h-" + i).type("sync_fault_host").propertyClass("Host"));
  }

  /**
   * Runs one small job with a patient client first: the first requests to the mock pay for lazy
   * set-up, which on a busy machine can outlast the tests' short read timeout.
   */
  @org.junit.jupiter.api.BeforeEach
  void warmUp(MockProviders mocks) {
    try (JupiterOneClient patient = JupiterOneClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("sync-faults-key"))
        .accountId("sync-faults").readTimeout(Duration.ofSeconds(30)).build()) {
      patient.sync().run(SyncJobSpec.createOrUpdate(), Stream.of(new SyncEntity().key("warm-1").type("warm").propertyClass("Host")),
          Stream.empty());
    }
    mocks.resetRequestCounts();
  }

  /** A spec of 4 uploads of 2 entities whose 2nd upload meets the fault (injected once the 1st was accepted). */
  static SyncJobSpec failingSecondUpload(SyncJobSpec spec, MockProviders mocks, Supplier<MockFault> fault) {
    return spec.withBatchLimits(new BatchLimits(2, 1_000_000)).withProgress(progress -> {
      if (progress.batches() == 1) {
        mocks.faults().next(UPLOADS, fault.get());
      }
    });
  }

  /** The job as the server keeps it. */
  static JsonNode job(MockProviders mocks, String jobId) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(mocks.baseUrl() + "/persister/synchronization/jobs/" + jobId))
        .header("Authorization", "Bearer sync-faults-key").header("JupiterOne-Account", "sync-faults").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body()).path("job");
  }

  void completesAfterOneRepeat(MockProviders mocks, SyncJobSpec spec, Supplier<MockFault> fault, long minMillis) {
    try (JupiterOneClient j1 = client(mocks)) {
      long start = System.nanoTime();
      SyncReport report = j1.sync().run(failingSecondUpload(spec, mocks, fault), eight(), Stream.empty());
      long elapsed = (System.nanoTime() - start) / 1_000_000;

      assertThat(report.entitiesSent()).isEqualTo(8);
      assertThat(report.batches()).isEqualTo(4);
      assertThat(report.job().getStatus()).isEqualTo("FINISHED");
      assertThat(report.job().getNumEntitiesUploaded()).as("no duplicate, nothing dropped").isEqualTo(8);
      assertThat(report.job().getNumEntitiesCreated()).isEqualTo(8);
      assertThat(mocks.requestCount("POST", UPLOADS)).as("4 uploads and the repeat of the 2nd").isEqualTo(5);
      assertThat(mocks.requestCount("POST", FINALIZE)).isEqualTo(1);
      assertThat(elapsed).isBetween(minMillis, minMillis + 4000);
    }
  }

  @Test
  void aRateLimitedBatchIsRepeatedAfterItsRetryAfterAndTheJobCompletes(MockProviders mocks) {
    completesAfterOneRepeat(mocks, SyncJobSpec.diff("faults"), () -> MockFault.status(429).retryAfter("1"), 1000);
  }

  @Test
  void aBatchRefusedWithA503IsRepeatedAndTheJobCompletes(MockProviders mocks) {
    completesAfterOneRepeat(mocks, SyncJobSpec.diff("faults"), () -> MockFault.status(503), 0);
  }

  @Test
  void inAJobThatIgnoresDuplicatesEvenAnUnknownOutcomeIsRepeated(MockProviders mocks) {
    completesAfterOneRepeat(mocks, SyncJobSpec.diff("faults").withIgnoreDuplicates(), MockFault::droppedConnection, 0);
  }

  @Test
  void inAJobThatIgnoresDuplicatesA500IsRepeated(MockProviders mocks) {
    completesAfterOneRepeat(mocks, SyncJobSpec.diff("faults").withIgnoreDuplicates(), () -> MockFault.status(500), 0);
  }

  void stopsUnfinalized(MockProviders mocks, Supplier<MockFault> fault, Class<?> cause, boolean outcomeUnknown, long minMillis)
      throws Exception {
    try (JupiterOneClient j1 = client(mocks)) {
      long start = System.nanoTime();
      SyncFailedException failure = (SyncFailedException) org.assertj.core.api.Assertions.catchThrowable(
          () -> j1.sync().run(failingSecondUpload(SyncJobSpec.diff("faults"), mocks, fault), eight(), Stream.empty()));
      long elapsed = (System.nanoTime() - start) / 1_000_000;

      assertThat(failure.phase()).isEqualTo(SyncFailedException.Phase.ENTITIES);
      assertThat(failure.entitiesAccepted()).isEqualTo(2);
      assertThat(failure.failedBatchKeys()).containsExactly("h-2", "h-3");
      assertThat(failure.failedBatchOutcomeUnknown()).isEqualTo(outcomeUnknown);
      assertThat(failure.getCause()).isExactlyInstanceOf(cause);
      assertThat(failure.method()).isEqualTo("POST");
      assertThat(failure.path()).isEqualTo("/persister/synchronization/jobs/" + failure.jobId() + "/entities");
      assertThat(failure.getMessage()).contains("Accepted: the first 2 entities and 0 relationships of the streams. Not accepted"
          + (outcomeUnknown ? " (outcome unknown)" : "") + ": the failed batch of 2 entities (_key h-2 … h-3); "
          + "everything after it was not sent, nor any relationship. The job was not finalized.");
      assertThat(mocks.requestCount("POST", UPLOADS)).as("the 1st upload and the failed 2nd, once").isEqualTo(2);
      assertThat(mocks.requestCount("POST", FINALIZE)).isZero();
      assertThat(mocks.requestCount("POST", ABORT)).as("the job is ended, as JupiterOne's own clients do").isEqualTo(1);
      JsonNode job = job(mocks, failure.jobId());
      assertThat(job.path("status").asText()).isEqualTo("ABORTED");
      assertThat(job.path("numEntitiesUploaded").asLong()).isEqualTo(2);
      assertThat(elapsed).isBetween(minMillis, minMillis + 3000);
    }
  }

  @Test
  void aResetAfterSendingStopsTheJobUnfinalizedWithTheBatchOutcomeUnknown(MockProviders mocks) throws Exception {
    stopsUnfinalized(mocks, MockFault::droppedConnection, TransportException.class, true, 0);
  }

  @Test
  void aTimeoutAfterSendingIsAttemptedOnceAndStopsTheJobUnfinalized(MockProviders mocks) throws Exception {
    stopsUnfinalized(mocks, () -> MockFault.status(200).body("{}").delay(Duration.ofMillis(2000)), TransportException.class,
        true, 800);
  }

  @Test
  void a500InAJobThatRefusesDuplicatesIsNotRepeated(MockProviders mocks) throws Exception {
    stopsUnfinalized(mocks, () -> MockFault.status(500), ServerException.class, false, 0);
  }

  @Test
  void aRateLimitThatOutlastsTheRetriesStopsTheJobWithTheBatchNotAccepted(MockProviders mocks) {
    try (JupiterOneClient j1 = client(mocks)) {
      SyncJobSpec spec = SyncJobSpec.diff("faults").withBatchLimits(new BatchLimits(2, 1_000_000)).withProgress(progress -> {
        if (progress.batches() == 1) {
          mocks.faults().always(UPLOADS, MockFault.status(429).retryAfter("0"));
        }
      });
      assertThatThrownBy(() -> j1.sync().run(spec, eight(), Stream.empty()))
          .isInstanceOfSatisfying(SyncFailedException.class, e -> {
            assertThat(e.getCause()).isExactlyInstanceOf(RateLimitedException.class);
            assertThat(e.failedBatchOutcomeUnknown()).isFalse();
            assertThat(e.failedBatchKeys()).isEqualTo(List.of("h-2", "h-3"));
          });
      assertThat(mocks.requestCount("POST", UPLOADS)).as("1 accepted + 3 attempts of the 2nd").isEqualTo(4);
      assertThat(mocks.requestCount("POST", FINALIZE)).isZero();
    }
  }
}
