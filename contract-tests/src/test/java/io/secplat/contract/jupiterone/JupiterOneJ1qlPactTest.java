package io.secplat.contract.jupiterone;

import static io.secplat.contract.jupiterone.JupiterOnePact.document;
import static io.secplat.contract.jupiterone.JupiterOnePact.graphQl;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.QueryOptions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** J1QL: inline and deferred pages, with and without deleted data. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = JupiterOnePact.GRAPHQL_PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class JupiterOneJ1qlPactTest {
  static final String J1QL = "find Person with _type=${type} return Person.name";

  static void tablePage(PactDslJsonBody o) {
    o.stringType("type", "table");
    o.minArrayLike("data", 1).stringType("Person.name", "Mochi").closeObject().closeArray();
    o.nullValue("cursor");
    // production fields the documents select (evidence Query.queryV1): the provider counts no total here
    o.nullValue("totalCount");
    o.stringType("correlationId", "5c1d7f3e-0a2b-4c6d-8e9f-1a2b3c4d5e6f");
  }

  static QueryOptions deferred() {
    return QueryOptions.defaults().deferred(Duration.ofSeconds(10), Duration.ofMillis(10), Duration.ofMillis(10));
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact queryV1(PactDslWithProvider builder) {
    return graphQl(builder, "person Mochi of type employee exists", "a J1QL query with parameters, one page inline", "/graphql",
            document("queryV1"), v -> v.stringType("query", J1QL).object("variables").stringType("type", "employee").closeObject())
        .willRespondWith().status(200)
        .body(JupiterOnePact.data("queryV1", JupiterOneJ1qlPactTest::tablePage))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "queryV1")
  void queryV1(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      List<JsonNode> rows = j1.query(J1QL, QueryOptions.defaults().withVariable("type", "employee")).stream().collect(Collectors.toList());
      assertThat(rows).extracting(JsonNode::toString).containsExactly("{\"Person.name\":\"Mochi\"}");
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact queryV1IncludeDeleted(PactDslWithProvider builder) {
    return graphQl(builder, "person Mochi of type employee exists", "a J1QL query including deleted data", "/graphql",
            document("queryV1IncludeDeleted"), v -> v.stringType("query", J1QL).booleanValue("includeDeleted", true)
                .object("variables").stringType("type", "employee").closeObject())
        .willRespondWith().status(200)
        .body(JupiterOnePact.data("queryV1", JupiterOneJ1qlPactTest::tablePage))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "queryV1IncludeDeleted")
  void queryV1IncludeDeleted(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.query(J1QL, QueryOptions.defaults().withVariable("type", "employee").includeDeleted()).stream().count())
          .isEqualTo(1);
    }
  }

  /** The deferred flow: queryV1 answers a state link, the state link a results link. */
  static RequestResponsePact deferredFlow(PactDslWithProvider builder, String document, boolean includeDeleted, String id) {
    String base = "a deferred J1QL query" + (includeDeleted ? " including deleted data" : "");
    return graphQl(builder, "person Mochi of type employee exists", base, "/graphql", document(document), v -> {
          v.stringType("query", J1QL).stringValue("deferredResponse", "FORCE");
          if (includeDeleted) {
            v.booleanValue("includeDeleted", true);
          }
          v.object("variables").stringType("type", "employee").closeObject();
        })
        .willRespondWith().status(200)
        .body(JupiterOnePact.data("queryV1", o -> link(o.stringValue("type", "deferred")
            .stringType("correlationId", "5c1d7f3e-0a2b-4c6d-8e9f-1a2b3c4d5e6f"), id, "state.json")))
        .given(deferredState(id))
        .uponReceiving(base + ": its state link").method("GET").path("/j1-deferred/" + id + "/state.json")
        .willRespondWith().status(200)
        .body(link(new PactDslJsonBody().stringValue("status", "COMPLETED").stringType("correlationId", id), id, "results.json"))
        .given(deferredState(id))
        .uponReceiving(base + ": its results link").method("GET").path("/j1-deferred/" + id + "/results.json")
        .willRespondWith().status(200)
        .body(new PactDslJsonBody().stringType("type", "table").minArrayLike("data", 1).stringType("Person.name", "Mochi")
            .closeObject().closeArray().asBody().nullValue("cursor"))
        .toPact();
  }

  /**
   * The {@code url} of a deferred link. The links point at the provider itself under an id it makes up: matched by regex, so any
   * host, port and id verify (the consumer's mock server fills in its own URL).
   */
  static PactDslJsonBody link(PactDslJsonBody o, String id, String file) {
    o.matchUrl2("url", "j1-deferred", new RegexMatcher("[^/]+", id), file);
    // matchUrl2 quotes with \Q…\E, which the reference (Rust) verifier's regex engine does not know
    o.getMatchers().setRule(o.getRootPath() + "url",
        new RegexMatcher("^https?://[^/]+/j1-deferred/[^/]+/" + file.replace(".", "\\.") + "$"));
    return o;
  }

  /** The provider state of the link interactions: a deferred result under the links' id. */
  static String deferredState(String id) {
    return "deferred J1QL result " + id + " of 'find Person with _type='employee' return Person.name' is ready";
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact queryV1Deferred(PactDslWithProvider builder) {
    return deferredFlow(builder, "queryV1Deferred", false, "b2f1c6de-53f4-4c55-9a33-0d3c6a8f7e21");
  }

  @Test
  @PactTestFor(pactMethod = "queryV1Deferred")
  void queryV1Deferred(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.query(J1QL, deferred().withVariable("type", "employee")).stream().map(JsonNode::toString).collect(Collectors.toList()))
          .containsExactly("{\"Person.name\":\"Mochi\"}");
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact queryV1DeferredIncludeDeleted(PactDslWithProvider builder) {
    return deferredFlow(builder, "queryV1DeferredIncludeDeleted", true, "c7a9e0f2-8b14-4b6e-a2d5-1f9c3e7b5d40");
  }

  @Test
  @PactTestFor(pactMethod = "queryV1DeferredIncludeDeleted")
  void queryV1DeferredIncludeDeleted(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.query(J1QL, deferred().withVariable("type", "employee").includeDeleted()).stream().count()).isEqualTo(1);
    }
  }
}
