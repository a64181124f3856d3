package io.secplat.contract.veza;

import static io.secplat.contract.veza.VezaPact.ARN;
import static io.secplat.veza.query.Node.node;
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
import io.secplat.veza.VezaClient;
import io.secplat.veza.generated.model.AssessmentQuerySpec;
import io.secplat.veza.query.Permissions;
import io.secplat.veza.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = VezaPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class VezaQuerySpecsPactTest {
  static final AssessmentQuerySpec SPEC = Query.from(node("AwsIamUser")).to(node("S3Bucket"))
      .rawPermissions(Permissions.anyRaw("s3:PutBucketAcl")).includeNodes().build();
  static final String SPEC_BODY = "{\"query_type\":\"SOURCE_TO_DESTINATION\","
      + "\"source_node_types\":{\"nodes\":[{\"node_type\":\"AwsIamUser\"}]},"
      + "\"destination_node_types\":{\"nodes\":[{\"node_type\":\"S3Bucket\"}]},"
      + "\"raw_permissions\":{\"values\":[\"s3:PutBucketAcl\"],\"operator\":\"OR\"},\"include_nodes\":true}";

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact getAssessmentQuerySpecNodes(PactDslWithProvider builder) {
    return VezaPact.request(builder, "the graph has IAM users and S3 buckets",
            "a request for the IAM users that can put S3 bucket ACLs", "POST", "/api/v1/assessments/query_spec:nodes")
        .query("page_size=100")
        .headers("Content-Type", "application/json")
        .body(SPEC_BODY)
        .willRespondWith().status(200).body(VezaPact.firstNodePage("AwsIamUser"))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getAssessmentQuerySpecNodes")
  void getAssessmentQuerySpecNodes(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.querySpecs().nodes(SPEC, NodeListOptions.defaults()).stream().findFirst())
          .hasValueSatisfying(n -> assertThat(n.getType()).isEqualTo("AwsIamUser"));
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact getAssessmentQuerySpecResult(PactDslWithProvider builder) {
    return VezaPact.request(builder, "the graph has IAM users and S3 buckets",
            "a request to count the IAM users that can put S3 bucket ACLs", "POST", "/api/v1/assessments/query_spec:result")
        .headers("Content-Type", "application/json")
        .body(SPEC_BODY)
        .willRespondWith().status(200)
        .body(new PactDslJsonBody().stringType("result_type", "number").stringMatcher("number_value", "-?[0-9]+", "42"))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getAssessmentQuerySpecResult")
  void getAssessmentQuerySpecResult(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.querySpecs().result(SPEC).getNumberValue()).isEqualTo("42");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact getAssessmentQuerySpecDestinationNodes(PactDslWithProvider builder) {
    return VezaPact.request(builder, "the graph has IAM users and S3 buckets",
            "a request for the buckets one IAM user can put ACLs on", "POST", "/api/v1/assessments/query_spec:destination_nodes")
        .query("page_size=100&order_by=risk_score DESC")
        .headers("Content-Type", "application/json")
        .body("{\"spec\":" + SPEC_BODY + ",\"source_node_id\":\"" + ARN + "\"}")
        .willRespondWith().status(200).body(VezaPact.firstNodePage("S3Bucket"))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getAssessmentQuerySpecDestinationNodes")
  void getAssessmentQuerySpecDestinationNodes(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.querySpecs().destinationNodes(SPEC, ARN, NodeListOptions.defaults().withOrderBy("risk_score DESC"))
          .stream().findFirst()).hasValueSatisfying(n -> assertThat(n.getType()).isEqualTo("S3Bucket"));
    }
  }
}
