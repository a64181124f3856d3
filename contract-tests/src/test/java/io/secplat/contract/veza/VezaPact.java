package io.secplat.contract.veza;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.core.Canary;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.mock.openapi.OpenApiDocument;
import io.secplat.veza.VezaClient;

/** What every Veza pact shares: names, the auth header, node pages, the spec's examples. */
final class VezaPact {
  static final String CONSUMER = "secplat-veza-facade";
  static final String PROVIDER = "veza-api";
  static final String QUERY_ID = "6f2c9f70-4a1e-4d2b-9f3a-2d5e1c0b7a11";
  static final String ARN = "arn:aws:iam::123456789012:user/alice";
  static final OpenApiDocument SPEC = OpenApiDocument.fromClasspath("specs/veza/veza.yaml");

  private VezaPact() {}

  static VezaClient client(MockServer server) {
    return VezaClient.builder().baseUrl(server.getUrl()).apiKey(Secret.of(Canary.VEZA_KEY))
        .retryPolicy(RetryPolicy.none()).build();
  }

  /** A request, in a provider state, with Veza's auth header: {@code Bearer} and a key. */
  static PactDslRequestWithPath request(
      PactDslWithProvider builder, String state, String description, String method, String path) {
    return builder.given(state).uponReceiving(description)
        .method(method)
        .path(path)
        .matchHeader("Authorization", "Bearer \\S+", "Bearer pact-veza-key-0001");
  }

  /**
   * A first page of nodes: at least one node, and a next token and has_more of any value (the
   * consumer tests read the first node only, so no second page is asked for).
   */
  static DslPart firstNodePage(String type) {
    PactDslJsonBody body = new PactDslJsonBody();
    PactDslJsonBody node = body.minArrayLike("values", 1, 1)
        .stringType("id", ARN)
        .stringType("type", type)
        .integerType("destination_node_count", 2);
    node.object("properties").stringType("name", "alice").closeObject();
    return node.closeObject().closeArray()
        .asBody().stringType("next_page_token", "").booleanType("has_more", false);
  }

  /** The spec's documented request or response example, as JSON text. */
  static JsonNode requestExample(String operationId, String name) {
    return SPEC.operation(operationId).requestExample(name);
  }

  static JsonNode responseExample(String operationId, String name) {
    return SPEC.operation(operationId).example(name);
  }
}
