package io.secplat.contract.jupiterone;

import static io.secplat.contract.jupiterone.JupiterOnePact.request;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.SyncJobSpec;
import io.secplat.jupiterone.SyncReport;
import io.secplat.jupiterone.generated.model.SyncEntity;
import io.secplat.jupiterone.generated.model.SyncGraphObjectRef;
import io.secplat.jupiterone.generated.model.SyncRelationship;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bulk synchronization jobs (REST): the documented flow and the documented bulk delete. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = JupiterOnePact.REST_PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class JupiterOneSyncPactTest {
  static final String JOB = "f445397d-8491-4a12-806a-04792839abe3";
  static final String JOBS = "/persister/synchronization/jobs";

  /** The documented job body; the status and counters are given per step. */
  static PactDslJsonBody job(String status, long entitiesUploaded, long entitiesCreated, long relationshipsUploaded,
      long relationshipsCreated, long entitiesDeleted) {
    PactDslJsonBody body = new PactDslJsonBody();
    PactDslJsonBody job = body.object("job");
    job.stringType("source", "api").stringType("id", JOB).stringValue("status", status)
        .integerType("startTimestamp", 1586915752483L)
        .integerType("numEntitiesUploaded", entitiesUploaded).integerType("numEntitiesCreated", entitiesCreated)
        .integerType("numEntitiesUpdated", 0L).integerType("numEntitiesDeleted", entitiesDeleted)
        .integerType("numRelationshipsUploaded", relationshipsUploaded).integerType("numRelationshipsCreated", relationshipsCreated)
        .integerType("numRelationshipsUpdated", 0L).integerType("numRelationshipsDeleted", 0L);
    job.closeObject();
    return body;
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact synchronize(PactDslWithProvider builder) {
    PactDslJsonBody entities = new PactDslJsonBody();
    entities.minArrayLike("entities", 1, 1).stringType("_key", "1").stringType("_type", "fake_entity")
        .stringType("_class", "DataStore").stringType("displayName", "my_datastore").closeObject().closeArray();
    PactDslJsonBody relationships = new PactDslJsonBody();
    relationships.minArrayLike("relationships", 1, 1).stringType("_key", "a").stringType("_type", "fake_relationship")
        .stringType("_fromEntityKey", "1").stringType("_toEntityKey", "2").closeObject().closeArray();
    return request(builder, "no synchronization job runs", "a request to start a DIFF job for a scope", "POST", JOBS)
        .headers("Content-Type", "application/json")
        .body(new PactDslJsonBody().stringValue("source", "api").stringType("scope", "my-sync-job").stringValue("syncMode", "DIFF"))
        .willRespondWith().status(200).body(job("AWAITING_UPLOADS", 0, 0, 0, 0, 0))
        .given("job " + JOB + " awaits uploads")
        .uponReceiving("a request to upload a batch of entities").method("POST").path(JOBS + "/" + JOB + "/entities")
        .matchHeader("Authorization", "Bearer \\S+", "Bearer " + JupiterOnePact.KEY)
        .matchHeader("JupiterOne-Account", "\\S+", JupiterOnePact.ACCOUNT)
        .headers("Content-Type", "application/json")
        .body(entities)
        .willRespondWith().status(200).body(job("AWAITING_UPLOADS", 3, 0, 0, 0, 0))
        .given("job " + JOB + " awaits uploads")
        .uponReceiving("a request to upload a batch of relationships").method("POST").path(JOBS + "/" + JOB + "/relationships")
        .matchHeader("Authorization", "Bearer \\S+", "Bearer " + JupiterOnePact.KEY)
        .matchHeader("JupiterOne-Account", "\\S+", JupiterOnePact.ACCOUNT)
        .headers("Content-Type", "application/json")
        .body(relationships)
        .willRespondWith().status(200).body(job("AWAITING_UPLOADS", 3, 0, 2, 0, 0))
        .given("job " + JOB + " has uploads")
        .uponReceiving("a request to finalize a job").method("POST").path(JOBS + "/" + JOB + "/finalize")
        .matchHeader("Authorization", "Bearer \\S+", "Bearer " + JupiterOnePact.KEY)
        .matchHeader("JupiterOne-Account", "\\S+", JupiterOnePact.ACCOUNT)
        .headers("Content-Type", "application/json")
        .body("{}")
        .willRespondWith().status(200).body(job("FINALIZE_PENDING", 3, 0, 2, 0, 0))
        .given("job " + JOB + " is finalized")
        .uponReceiving("a request for a job's status").method("GET").path(JOBS + "/" + JOB)
        .matchHeader("Authorization", "Bearer \\S+", "Bearer " + JupiterOnePact.KEY)
        .matchHeader("JupiterOne-Account", "\\S+", JupiterOnePact.ACCOUNT)
        .willRespondWith().status(200).body(job("FINISHED", 3, 3, 2, 2, 0))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "synchronize")
  void synchronize(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      SyncReport report = j1.sync().run(SyncJobSpec.diff("my-sync-job"),
          Stream.of(new SyncEntity().key("1").type("fake_entity").propertyClass("DataStore").displayName("my_datastore"),
              new SyncEntity().key("2").type("fake_entity").propertyClass("Database").displayName("my_database"),
              new SyncEntity().key("3").type("fake_entity").propertyClass("Domain").displayName("my_domain")),
          Stream.of(new SyncRelationship().key("a").type("fake_relationship").fromEntityKey("1").toEntityKey("2"),
              new SyncRelationship().key("b").type("fake_relationship").fromEntityKey("2").toEntityKey("3")));
      assertThat(report.job().getStatus()).isEqualTo("FINISHED");
      assertThat(report.job().getNumEntitiesCreated()).isEqualTo(3);
      assertThat(report.job().getNumRelationshipsCreated()).isEqualTo(2);
      assertThat(report.batches()).isEqualTo(2);
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact bulkDelete(PactDslWithProvider builder) {
    PactDslJsonBody deletes = new PactDslJsonBody();
    deletes.minArrayLike("deleteEntities", 1, 3).stringType("_id", "example-uuid-01").closeObject().closeArray();
    return request(builder, "no synchronization job runs", "a request to start a CREATE_OR_UPDATE job", "POST", JOBS)
        .headers("Content-Type", "application/json")
        .body(new PactDslJsonBody().stringValue("source", "api").stringValue("syncMode", "CREATE_OR_UPDATE"))
        .willRespondWith().status(200).body(job("AWAITING_UPLOADS", 0, 0, 0, 0, 0))
        .given("job " + JOB + " awaits uploads")
        .uponReceiving("a request to upload entities to delete").method("POST").path(JOBS + "/" + JOB + "/upload")
        .matchHeader("Authorization", "Bearer \\S+", "Bearer " + JupiterOnePact.KEY)
        .matchHeader("JupiterOne-Account", "\\S+", JupiterOnePact.ACCOUNT)
        .headers("Content-Type", "application/json")
        .body(deletes)
        .willRespondWith().status(200).body(job("AWAITING_UPLOADS", 0, 0, 0, 0, 0))
        .given("job " + JOB + " has deletions")
        .uponReceiving("a request to finalize a job run by a local persister").method("POST").path(JOBS + "/" + JOB + "/finalize")
        .matchHeader("Authorization", "Bearer \\S+", "Bearer " + JupiterOnePact.KEY)
        .matchHeader("JupiterOne-Account", "\\S+", JupiterOnePact.ACCOUNT)
        .headers("Content-Type", "application/json")
        .body("{}")
        .willRespondWith().status(200).body(job("FINISHED", 0, 0, 0, 0, 3))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "bulkDelete")
  void bulkDelete(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      SyncReport report = j1.sync().delete(SyncJobSpec.createOrUpdate(),
          List.of(new SyncGraphObjectRef().id("example-uuid-01"), new SyncGraphObjectRef().id("example-uuid-02"),
              new SyncGraphObjectRef().id("example-uuid-03")).iterator(), List.<SyncGraphObjectRef>of().iterator());
      assertThat(report.job().getNumEntitiesDeleted()).isEqualTo(3);
    }
  }

  /** A refused upload ends the job with abortSyncJob, as JupiterOne's own clients do, instead of leaving it open. */
  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact abortAfterARefusedUpload(PactDslWithProvider builder) {
    PactDslJsonBody entities = new PactDslJsonBody();
    entities.minArrayLike("entities", 1, 1).stringType("_key", "1").stringType("_type", "fake_entity")
        .stringType("_class", "DataStore").closeObject().closeArray();
    PactDslJsonBody aborted = new PactDslJsonBody();
    aborted.object("job").stringType("id", JOB).stringValue("status", "ABORTED").closeObject();
    return request(builder, "no synchronization job runs", "a request to start a CREATE_OR_UPDATE job that will be aborted",
            "POST", JOBS)
        .headers("Content-Type", "application/json")
        .body(new PactDslJsonBody().stringValue("source", "api").stringValue("syncMode", "CREATE_OR_UPDATE"))
        .willRespondWith().status(200).body(job("AWAITING_UPLOADS", 0, 0, 0, 0, 0))
        .given("job " + JOB + " already holds entity key 1")
        .uponReceiving("an upload that repeats a _key").method("POST").path(JOBS + "/" + JOB + "/entities")
        .matchHeader("Authorization", "Bearer \\S+", "Bearer " + JupiterOnePact.KEY)
        .matchHeader("JupiterOne-Account", "\\S+", JupiterOnePact.ACCOUNT)
        .headers("Content-Type", "application/json")
        .body(entities)
        .willRespondWith().status(400)
        .given("job " + JOB + " awaits uploads")
        .uponReceiving("a request to abort a job").method("POST").path(JOBS + "/" + JOB + "/abort")
        .matchHeader("Authorization", "Bearer \\S+", "Bearer " + JupiterOnePact.KEY)
        .matchHeader("JupiterOne-Account", "\\S+", JupiterOnePact.ACCOUNT)
        .headers("Content-Type", "application/json")
        .body(new PactDslJsonBody().stringType("reason", "secplat: upload of entities failed"))
        .willRespondWith().status(200).body(aborted)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "abortAfterARefusedUpload")
  void abortAfterARefusedUpload(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> j1.sync().run(SyncJobSpec.createOrUpdate(),
              Stream.of(new SyncEntity().key("1").type("fake_entity").propertyClass("DataStore")), Stream.<SyncRelationship>empty()))
          .isInstanceOfSatisfying(io.secplat.jupiterone.SyncFailedException.class, e -> {
            assertThat(e.phase()).isEqualTo(io.secplat.jupiterone.SyncFailedException.Phase.ENTITIES);
            assertThat(e.getSuppressed()).isEmpty(); // the abort went through
          });
    }
  }
}
