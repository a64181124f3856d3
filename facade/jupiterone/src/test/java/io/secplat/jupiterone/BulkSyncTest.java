package io.secplat.jupiterone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.ServerException;
import io.secplat.jupiterone.generated.model.SyncEntitiesUploadRequest;
import io.secplat.jupiterone.generated.model.SyncEntity;
import io.secplat.jupiterone.generated.model.SyncGraphObjectRef;
import io.secplat.jupiterone.generated.model.SyncRelationship;
import io.secplat.jupiterone.generated.model.SyncRelationshipsUploadRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Bulk synchronization through the façade against the mock provider's job state machine. */
class BulkSyncTest extends JupiterOneMockTestBase {

  static SyncEntity entity(int i) {
    return new SyncEntity().key("e-" + i).type("sync_host").propertyClass("Host").displayName("host " + i);
  }

  static SyncRelationship relationship(int i) {
    return new SyncRelationship().key("r-" + i).type("sync_host_connects_host").propertyClass("CONNECTS")
        .fromEntityKey("e-" + i).toEntityKey("e-" + (i + 1));
  }

  static List<LoggedRequest> uploads(String kind) {
    return requests().stream().filter(r -> r.getUrl().endsWith("/" + kind)).collect(Collectors.toList());
  }

  /** Counts how many objects the client pulled from a stream. */
  static final class Counting<T> implements Iterator<T> {
    final Iterator<T> delegate;
    final AtomicInteger pulled = new AtomicInteger();

    Counting(Iterator<T> delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean hasNext() {
      return delegate.hasNext();
    }

    @Override
    public T next() {
      pulled.incrementAndGet();
      return delegate.next();
    }
  }

  @Test
  void batchesAreBoundedByCountAndTheFinishedJobReportsWhatWasCreated() {
    List<SyncProgress> progress = new ArrayList<>();
    SyncJobSpec spec = SyncJobSpec.diff("hosts").withBatchLimits(new BatchLimits(100, 1_000_000)).withProgress(progress::add);

    SyncReport report = j1.sync().run(spec, IntStream.range(0, 1000).mapToObj(BulkSyncTest::entity),
        IntStream.range(0, 250).mapToObj(BulkSyncTest::relationship));

    assertThat(report.job().getStatus()).isEqualTo("FINISHED");
    assertThat(report.job().getNumEntitiesCreated()).isEqualTo(1000);
    assertThat(report.job().getNumRelationshipsCreated()).isEqualTo(250);
    assertThat(report.entitiesSent()).isEqualTo(1000);
    assertThat(report.relationshipsSent()).isEqualTo(250);
    assertThat(report.batches()).isEqualTo(13);
    assertThat(uploads("entities")).hasSize(10).allMatch(r -> body(r).path("entities").size() == 100);
    assertThat(uploads("relationships")).extracting(r -> body(r).path("relationships").size()).containsExactly(100, 100, 50);
    assertThat(progress).hasSize(13);
    assertThat(progress.get(9)).isEqualTo(new SyncProgress(report.job().getId(), 1000, 0, 10));
    assertThat(progress.get(12)).isEqualTo(new SyncProgress(report.job().getId(), 1000, 250, 13));
    assertThat(lastRequest().getUrl()).isEqualTo("/persister/synchronization/jobs/" + report.job().getId() + "/finalize");
    assertThat(body(requests("/persister/synchronization/jobs").get(0)).toString())
        .isEqualTo("{\"source\":\"api\",\"scope\":\"hosts\",\"syncMode\":\"DIFF\"}");
  }

  @Test
  void eachUploadCarriesExactlyWhatTheGeneratedClientWouldWrite() throws Exception {
    // the batcher writes each object once and sends those bytes: they must equal the encoder's
    j1.sync().run(SyncJobSpec.diff("hosts").withBatchLimits(new BatchLimits(100, 1_000_000)),
        IntStream.range(0, 150).mapToObj(BulkSyncTest::entity), IntStream.range(0, 3).mapToObj(BulkSyncTest::relationship));

    com.fasterxml.jackson.databind.ObjectMapper json = io.secplat.core.http.Json.newMapper();
    byte[] secondEntities = json.writeValueAsBytes(new SyncEntitiesUploadRequest()
        .entities(IntStream.range(100, 150).mapToObj(BulkSyncTest::entity).collect(Collectors.toList())));
    byte[] relationships = json.writeValueAsBytes(new SyncRelationshipsUploadRequest()
        .relationships(IntStream.range(0, 3).mapToObj(BulkSyncTest::relationship).collect(Collectors.toList())));
    assertThat(uploads("entities").get(1).getBody()).isEqualTo(secondEntities);
    assertThat(uploads("relationships").get(0).getBody()).isEqualTo(relationships);
  }

  @Test
  void batchesAreBoundedByBytesToTheExactBody() throws Exception {
    String padding = "x".repeat(900);
    long maxBytes = 10_000;
    SyncJobSpec spec = SyncJobSpec.diff("big").withBatchLimits(new BatchLimits(1000, maxBytes));

    java.util.function.IntFunction<SyncEntity> big = i -> new SyncEntity().key(String.format("big-%02d", i)).type("sync_blob")
        .putAdditionalProperty("padding", padding);

    SyncReport report = j1.sync().run(spec, IntStream.range(0, 50).mapToObj(big), Stream.empty());

    // every upload is as full as the byte limit allows: one more entity would have passed it
    long entityBytes = io.secplat.core.http.Json.newMapper().writeValueAsBytes(big.apply(0)).length;
    List<LoggedRequest> uploads = uploads("entities");
    int perBatch = (int) ((maxBytes - "{\"entities\":[]}".length() + 1) / (entityBytes + 1));
    assertThat(perBatch).isBetween(2, 49);
    assertThat(uploads).allMatch(r -> r.getBody().length <= maxBytes);
    assertThat(uploads.subList(0, uploads.size() - 1)).allMatch(r -> r.getBody().length + entityBytes + 1 > maxBytes);
    assertThat(uploads).extracting(r -> body(r).path("entities").size())
        .containsExactlyElementsOf(IntStream.range(0, (50 + perBatch - 1) / perBatch)
            .mapToObj(b -> Math.min(perBatch, 50 - b * perBatch)).collect(Collectors.toList()));
    assertThat(body(uploads.get(0)).path("entities").get(0).path("padding").asText()).isEqualTo(padding);
    assertThat(report.job().getNumEntitiesCreated()).isEqualTo(50);
  }

  @Test
  void aFailedBatchStopsTheJobBeforeFinalizeAndSaysExactlyWhatWasAndWasNotSent() {
    stubThirdEntityUploadFails();
    Counting<SyncEntity> entities = new Counting<>(IntStream.range(0, 1000).mapToObj(BulkSyncTest::entity).iterator());
    Counting<SyncRelationship> relationships = new Counting<>(IntStream.range(0, 10).mapToObj(BulkSyncTest::relationship).iterator());

    assertThatThrownBy(() -> j1.sync().run(SyncJobSpec.diff("s").withBatchLimits(new BatchLimits(100, 1_000_000)), entities, relationships))
        .isInstanceOfSatisfying(SyncFailedException.class, e -> {
          assertThat(e.phase()).isEqualTo(SyncFailedException.Phase.ENTITIES);
          assertThat(e.entitiesAccepted()).isEqualTo(200);
          assertThat(e.relationshipsAccepted()).isZero();
          assertThat(e.failedBatchKeys()).hasSize(100).startsWith("e-200").endsWith("e-299");
          assertThat(e.failedBatchOutcomeUnknown()).isFalse();
          assertThat(e.getCause()).isInstanceOf(ServerException.class);
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.getMessage()).startsWith("JupiterOne synchronization job ").contains(" stopped while uploading entities: ")
              .contains("Accepted: the first 200 entities and 0 relationships of the streams. Not accepted: the failed batch of "
                  + "100 entities (_key e-200 … e-299); everything after it was not sent, nor any relationship. The job was not finalized.");
        });
    assertThat(entities.pulled).hasValue(300);
    assertThat(relationships.pulled).hasValue(0);
    assertThat(uploads("entities")).hasSize(3);
    assertThat(uploads("finalize")).isEmpty();
  }

  /** The first two entity uploads reach the mock's job; the third fails with a 500. */
  private static void stubThirdEntityUploadFails() {
    String path = "/persister/synchronization/jobs/[^/]+/entities";
    Metadata operation = Metadata.metadata().attr("operationId", "uploadSyncJobEntities").build();
    mocks.server().stubFor(post(urlPathMatching(path)).atPriority(SCRIPTED).inScenario("uploads").withMetadata(operation)
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("one").willReturn(aResponse().withTransformers("jupiterone-rest-responder")));
    mocks.server().stubFor(post(urlPathMatching(path)).atPriority(SCRIPTED).inScenario("uploads").withMetadata(operation)
        .whenScenarioStateIs("one").willSetStateTo("two").willReturn(aResponse().withTransformers("jupiterone-rest-responder")));
    mocks.server().stubFor(post(urlPathMatching(path)).atPriority(SCRIPTED).inScenario("uploads")
        .whenScenarioStateIs("two").willSetStateTo("failed").willReturn(aResponse().withStatus(500)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"code\":\"PERSISTER_DOWN\",\"message\":\"try again later\"}}")));
  }

  /** A rate limit means the server took none of the batch: the upload is repeated, then reported. */
  @Test
  void anUploadRefusedByARateLimitIsRepeatedUntilTheRetriesRunOut() {
    mocks.server().stubFor(post(urlPathMatching("/persister/synchronization/jobs/[^/]+/relationships")).atPriority(SCRIPTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
    try (JupiterOneClient retrying = client(quickRetries())) {
      assertThatThrownBy(() -> retrying.sync().run(SyncJobSpec.diff("s"), IntStream.range(0, 3).mapToObj(BulkSyncTest::entity),
          IntStream.range(0, 3).mapToObj(BulkSyncTest::relationship)))
          .isInstanceOfSatisfying(SyncFailedException.class, e -> {
            assertThat(e.phase()).isEqualTo(SyncFailedException.Phase.RELATIONSHIPS);
            assertThat(e.entitiesAccepted()).isEqualTo(3);
            assertThat(e.failedBatchKeys()).containsExactly("r-0", "r-1", "r-2");
            assertThat(e.getCause()).isInstanceOf(RateLimitedException.class);
            assertThat(e.failedBatchOutcomeUnknown()).isFalse();
          });
    }
    assertThat(uploads("relationships")).hasSize(3);
    assertThat(uploads("finalize")).isEmpty();
    // the job is ended, as JupiterOne's own clients end a failed sync, not left open
    assertThat(uploads("abort")).singleElement().satisfies(abort -> assertThat(body(abort).path("reason").asText())
        .isEqualTo("secplat: upload of relationships failed after 3 entities and 0 relationships"));
  }

  @Test
  void anObjectThatCannotBeSentStopsTheJobWithItsPendingBatchReported() {
    Counting<SyncEntity> entities = new Counting<>(Stream.of(entity(0), entity(1), new SyncEntity().type("no_key"), entity(3)).iterator());

    assertThatThrownBy(() -> j1.sync().run(SyncJobSpec.diff("s"), entities, List.<SyncRelationship>of().iterator()))
        .isInstanceOfSatisfying(SyncFailedException.class, e -> {
          assertThat(e.entitiesAccepted()).isZero();
          assertThat(e.failedBatchKeys()).containsExactly("e-0", "e-1", "(none)");
          assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class).hasMessage("object 2 of the stream has no _key");
        });
    assertThat(entities.pulled).hasValue(3);
    assertThat(uploads("entities")).isEmpty();
  }

  @Test
  void anObjectLargerThanOneUploadIsRefusedBeforeSending() {
    SyncEntity huge = entity(0).putAdditionalProperty("blob", "y".repeat(5000));

    assertThatThrownBy(() -> j1.sync().run(SyncJobSpec.diff("s").withBatchLimits(new BatchLimits(10, 2048)),
        Stream.of(huge), Stream.empty()))
        .isInstanceOfSatisfying(SyncFailedException.class, e -> assertThat(e.getCause())
            .hasMessageStartingWith("_key e-0 is ").hasMessageEndingWith("bytes of JSON, more than one upload may carry (2048 bytes)"));
    assertThat(uploads("entities")).isEmpty();
  }

  @Test
  void aPendingFinalizationIsPolledUntilFinishedAndADiffRunCountsUpdatesAndDeletes() {
    j1.sync().run(SyncJobSpec.diff("scope-a"), IntStream.range(0, 5).mapToObj(BulkSyncTest::entity), Stream.empty());
    J1.syncReadsFinalizePending(2);
    mocks.server().resetRequests();

    SyncReport second = j1.sync().run(SyncJobSpec.diff("scope-a"), IntStream.range(3, 8).mapToObj(BulkSyncTest::entity), Stream.empty());

    assertThat(second.job().getStatus()).isEqualTo("FINISHED");
    assertThat(List.of(second.job().getNumEntitiesCreated(), second.job().getNumEntitiesUpdated(), second.job().getNumEntitiesDeleted()))
        .containsExactly(3L, 2L, 3L);
    assertThat(requests().stream().filter(r -> r.getMethod().getName().equals("GET"))).hasSize(2);
  }

  @Test
  void aBulkDeleteUploadsReferencesToTheUploadEndpoint() {
    j1.sync().run(SyncJobSpec.createOrUpdate(), IntStream.range(0, 4).mapToObj(BulkSyncTest::entity), Stream.empty());

    SyncReport deleted = j1.sync().delete(SyncJobSpec.createOrUpdate(),
        List.of(new SyncGraphObjectRef().key("e-0"), new SyncGraphObjectRef().key("e-1")).iterator(),
        List.<SyncGraphObjectRef>of().iterator());

    assertThat(deleted.job().getNumEntitiesDeleted()).isEqualTo(2);
    assertThat(body(uploads("upload").get(0)).toString()).isEqualTo("{\"deleteEntities\":[{\"_key\":\"e-0\"},{\"_key\":\"e-1\"}]}");
    assertThatThrownBy(() -> j1.sync().delete(SyncJobSpec.diff("x"), List.<SyncGraphObjectRef>of().iterator(),
        List.<SyncGraphObjectRef>of().iterator())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a bulk delete needs a CREATE_OR_UPDATE job (a DIFF job would replace its scope)");
  }
}
