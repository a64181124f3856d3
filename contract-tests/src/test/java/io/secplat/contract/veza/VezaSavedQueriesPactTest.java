package io.secplat.contract.veza;

import static io.secplat.contract.veza.VezaPact.ARN;
import static io.secplat.contract.veza.VezaPact.QUERY_ID;
import static io.secplat.veza.query.Node.node;
import static io.secplat.veza.query.Property.property;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.veza.NodeListOptions;
import io.secplat.veza.QueryListOptions;
import io.secplat.veza.VezaClient;
import io.secplat.veza.generated.model.AssessmentQuery;
import io.secplat.veza.generated.model.AssessmentQueryNode;
import io.secplat.veza.generated.model.AssessmentQuerySpec;
import io.secplat.veza.query.Query;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = VezaPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class VezaSavedQueriesPactTest {
  static final String QUERIES = "/api/v1/assessments/queries";
  static final AssessmentQuerySpec SPEC = Query.from(node("OktaUser").where(property("mfa_active").eq(false)))
      .to(node("S3Bucket")).build();
  static final String SPEC_BODY = "{\"query_type\":\"SOURCE_TO_DESTINATION\","
      + "\"source_node_types\":{\"nodes\":[{\"node_type\":\"OktaUser\",\"condition_expression\":{\"specs\":"
      + "[{\"fn\":\"EQ\",\"property\":\"mfa_active\",\"value\":false}]}}]},"
      + "\"destination_node_types\":{\"nodes\":[{\"node_type\":\"S3Bucket\"}]}";

  static PactDslJsonBody savedQuery(PactDslJsonBody body) {
    return body.stringType("id", QUERY_ID).stringType("name", "Okta users without MFA")
        .stringType("query_type", "SOURCE_TO_DESTINATION");
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact listAssessmentQueries(PactDslWithProvider builder) {
    PactDslJsonBody body = new PactDslJsonBody();
    savedQuery(body.minArrayLike("values", 1, 1)).closeObject().closeArray();
    body.stringValue("next_page_token", "").booleanValue("has_more", false);
    return VezaPact.request(builder, "saved queries exist", "a request to list saved queries by name", "GET", QUERIES)
        .query("filter=name co \"Okta\"&order_by=name asc&page_size=50")
        .willRespondWith().status(200).body(body)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listAssessmentQueries")
  void listAssessmentQueries(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      List<AssessmentQuery> queries = veza.savedQueries()
          .list(QueryListOptions.defaults().withPageSize(50).withFilter("name co \"Okta\"").withOrderBy("name asc"))
          .stream().collect(Collectors.toList());
      assertThat(queries).extracting(AssessmentQuery::getId).containsExactly(QUERY_ID);
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact createAssessmentQuery(PactDslWithProvider builder) {
    return VezaPact.request(builder, "no saved queries", "a request to save a query", "POST", QUERIES)
        .headers("Content-Type", "application/json")
        .body(SPEC_BODY + ",\"name\":\"Okta users without MFA\"}")
        .willRespondWith().status(200).body(new PactDslJsonBody().stringType("id", QUERY_ID))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "createAssessmentQuery")
  void createAssessmentQuery(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.savedQueries().create("Okta users without MFA", null, SPEC)).isEqualTo(QUERY_ID);
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact getAssessmentQuery(PactDslWithProvider builder) {
    PactDslJsonBody body = new PactDslJsonBody();
    savedQuery(body.object("value")).closeObject();
    return VezaPact.request(builder, "saved query " + QUERY_ID + " exists", "a request for a saved query", "GET",
            QUERIES + "/" + QUERY_ID)
        .willRespondWith().status(200).body(body)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getAssessmentQuery")
  void getAssessmentQuery(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.savedQueries().get(QUERY_ID).getName()).isEqualTo("Okta users without MFA");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact updateAssessmentQuery(PactDslWithProvider builder) {
    return VezaPact.request(builder, "saved query " + QUERY_ID + " exists", "a request to replace a saved query", "PUT",
            QUERIES + "/" + QUERY_ID)
        .headers("Content-Type", "application/json")
        .body(SPEC_BODY + ",\"name\":\"Okta users without MFA v2\",\"description\":\"renamed\"}")
        .willRespondWith().status(200).body(new PactDslJsonBody().stringType("id", QUERY_ID))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "updateAssessmentQuery")
  void updateAssessmentQuery(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      veza.savedQueries().update(QUERY_ID, "Okta users without MFA v2", "renamed", SPEC);
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact deleteAssessmentQuery(PactDslWithProvider builder) {
    return VezaPact.request(builder, "saved query " + QUERY_ID + " exists", "a request to force-delete a saved query",
            "DELETE", QUERIES + "/" + QUERY_ID)
        .query("force=true")
        .willRespondWith().status(200).body("{}", "application/json")
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "deleteAssessmentQuery")
  void deleteAssessmentQuery(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      veza.savedQueries().delete(QUERY_ID, true);
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact getAssessmentQueryNodes(PactDslWithProvider builder) {
    return VezaPact.request(builder, "saved query " + QUERY_ID + " exists", "a request for the nodes of a saved query",
            "GET", QUERIES + "/" + QUERY_ID + ":nodes")
        .query("page_size=100&order_by=destination_node_count DESC")
        .willRespondWith().status(200).body(VezaPact.firstNodePage("OktaUser"))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getAssessmentQueryNodes")
  void getAssessmentQueryNodes(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      List<AssessmentQueryNode> nodes = veza.savedQueries()
          .nodes(QUERY_ID, NodeListOptions.defaults().withOrderBy("destination_node_count DESC"))
          .stream().limit(1).collect(Collectors.toList());
      assertThat(nodes).extracting(AssessmentQueryNode::getId).containsExactly(ARN);
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact getAssessmentQueryResult(PactDslWithProvider builder) {
    return VezaPact.request(builder, "saved query " + QUERY_ID + " exists", "a request for the result of a saved query",
            "GET", QUERIES + "/" + QUERY_ID + ":result")
        .willRespondWith().status(200)
        .body(new PactDslJsonBody().stringType("result_type", "number").stringMatcher("number_value", "-?[0-9]+", "6"))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getAssessmentQueryResult")
  void getAssessmentQueryResult(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.savedQueries().result(QUERY_ID).getNumberValue()).isEqualTo("6");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact getAssessmentQueryDestinationNodes(PactDslWithProvider builder) {
    return VezaPact.request(builder, "saved query " + QUERY_ID + " exists",
            "a request for the destination nodes one source node reaches in a saved query", "GET",
            QUERIES + "/" + QUERY_ID + "/destination_nodes")
        .query("source_node_id=" + ARN + "&page_size=100")
        .willRespondWith().status(200).body(VezaPact.firstNodePage("S3Bucket"))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getAssessmentQueryDestinationNodes")
  void getAssessmentQueryDestinationNodes(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.savedQueries().destinationNodes(QUERY_ID, ARN, NodeListOptions.defaults()).stream().findFirst())
          .hasValueSatisfying(n -> assertThat(n.getType()).isEqualTo("S3Bucket"));
    }
  }
}
