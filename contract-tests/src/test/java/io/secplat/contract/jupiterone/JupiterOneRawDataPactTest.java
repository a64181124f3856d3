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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The raw data of an entity (REST), with the documented samples. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = JupiterOnePact.REST_PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class JupiterOneRawDataPactTest {
  static final String ENTITY = "7c6d1f88-2b1a-4d3a-9a51-8b7d8e2f0a11";
  static final String STATE = "entity " + ENTITY + " has raw data entry exampleEntry1";

  static void metadata(PactDslJsonBody o) {
    o.integerType("beginOn", 1593026714000L).stringType("contentType", "application/json").integerType("contentLength", 15L)
        .integerType("createdOn", 1593115669000L).booleanType("deleted", false).stringType("versionId", "id1");
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact getEntityRawDataEntries(PactDslWithProvider builder) {
    PactDslJsonBody body = new PactDslJsonBody();
    // entry names are data (the spec's own example names its entry exampleEntry): any key, this shape
    PactDslJsonBody entry = body.object("entries").eachKeyLike("exampleEntry1");
    metadata(entry);
    entry.closeObject().closeObject();
    return request(builder, STATE, "a request for the latest raw data entries of an entity", "GET", "/entities/" + ENTITY + "/raw-data")
        .willRespondWith().status(200).body(body)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getEntityRawDataEntries")
  void getEntityRawDataEntries(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.rawData().entries(ENTITY).getEntries()).containsOnlyKeys("exampleEntry1");
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact getEntityRawDataVersions(PactDslWithProvider builder) {
    PactDslJsonBody body = new PactDslJsonBody();
    PactDslJsonBody versions = body.object("entries").minArrayLike("exampleEntry1", 1, 1);
    metadata(versions);
    versions.closeObject().closeArray().closeObject();
    return request(builder, STATE, "a request for every raw data version of an entity", "GET",
            "/entities/" + ENTITY + "/raw-data-versions")
        .willRespondWith().status(200).body(body)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getEntityRawDataVersions")
  void getEntityRawDataVersions(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.rawData().versions(ENTITY).getEntries().get("exampleEntry1")).singleElement()
          .satisfies(m -> assertThat(m.getVersionId()).isEqualTo("id1"));
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact getEntityRawDataEntryVersions(PactDslWithProvider builder) {
    PactDslJsonBody body = new PactDslJsonBody();
    PactDslJsonBody version = body.minArrayLike("versions", 1, 1);
    metadata(version);
    version.closeObject().closeArray();
    return request(builder, STATE, "a request for the versions of one raw data entry", "GET",
            "/entities/" + ENTITY + "/raw-data/exampleEntry1/versions")
        .willRespondWith().status(200).body(body)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getEntityRawDataEntryVersions")
  void getEntityRawDataEntryVersions(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.rawData().entryVersions(ENTITY, "exampleEntry1").getVersions()).hasSize(1);
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact downloadEntityRawDataEntryLatest(PactDslWithProvider builder) {
    return request(builder, STATE, "a request for the latest raw data of an entry", "GET",
            "/entities/" + ENTITY + "/raw-data/exampleEntry1/versions/latest")
        .willRespondWith().status(200)
        .body(new PactDslJsonBody().stringType("teamId", "exampleTeamId").stringType("teamName", "jupiterone-demo")
            .stringType("appId", "exampleAppId"))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "downloadEntityRawDataEntryLatest")
  void downloadEntityRawDataEntryLatest(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.rawData().latest(ENTITY, "exampleEntry1")).containsEntry("teamName", "jupiterone-demo");
    }
  }
}
