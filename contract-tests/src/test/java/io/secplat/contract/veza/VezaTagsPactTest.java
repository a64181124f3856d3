package io.secplat.contract.veza;

import static io.secplat.contract.veza.VezaPact.ARN;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.veza.VezaClient;
import io.secplat.veza.generated.model.TagPromotion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = VezaPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class VezaTagsPactTest {

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact createVezaTag(PactDslWithProvider builder) {
    return VezaPact.request(builder, "no tag owner exists", "a request to create a tag", "POST", "/api/v1/graph/tags")
        .headers("Content-Type", "application/json")
        .body("{\"tag\":{\"key\":\"owner\",\"value\":\"platform\"}}")
        .willRespondWith().status(200).body("{}", "application/json")
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "createVezaTag")
  void createVezaTag(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      veza.tags().create("owner", "platform");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact addVezaTag(PactDslWithProvider builder) {
    return VezaPact.request(builder, "node " + ARN + " exists", "a request to tag a node", "POST", "/api/v1/graph/nodes/tags")
        .headers("Content-Type", "application/json")
        .body("{\"node_id\":\"" + ARN + "\",\"tags\":[{\"key\":\"owner\",\"value\":\"platform\"}]}")
        .willRespondWith().status(200).body("{}", "application/json")
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "addVezaTag")
  void addVezaTag(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      veza.tags().add(ARN, Map.of("owner", "platform"));
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact removeVezaTag(PactDslWithProvider builder) {
    return VezaPact.request(builder, "node " + ARN + " is tagged owner", "a request to remove a tag from a node", "POST",
            "/api/v1/graph/nodes/tags:remove")
        .headers("Content-Type", "application/json")
        .body("{\"node_id\":\"" + ARN + "\",\"tag_key\":\"owner\"}")
        .willRespondWith().status(200).body("{}", "application/json")
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "removeVezaTag")
  void removeVezaTag(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      veza.tags().remove(ARN, "owner");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact listTagPromotions(PactDslWithProvider builder) {
    PactDslJsonBody body = new PactDslJsonBody();
    body.minArrayLike("tag_promotions", 1, 1).stringType("tag_key", "cost-center").stringType("tag_type", "AWSTag")
        .closeObject().closeArray();
    return VezaPact.request(builder, "tag cost-center is promoted", "a request to list tag promotions", "GET",
            "/api/preview/graph/tag_promotions")
        .willRespondWith().status(200).body(body)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listTagPromotions")
  void listTagPromotions(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      List<TagPromotion> promotions = veza.tagPromotions().list();
      assertThat(promotions).extracting(TagPromotion::getTagKey).containsExactly("cost-center");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact promoteTag(PactDslWithProvider builder) {
    return VezaPact.request(builder, "tag cost-center is not promoted", "a request to promote a tag", "POST",
            "/api/preview/graph/tag_promotions")
        .headers("Content-Type", "application/json")
        .body("{\"tag_key\":\"cost-center\",\"tag_type\":\"AWSTag\"}")
        .willRespondWith().status(200).body("{}", "application/json")
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "promoteTag")
  void promoteTag(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      veza.tagPromotions().promote(new TagPromotion().tagKey("cost-center").tagType("AWSTag"));
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact demoteTag(PactDslWithProvider builder) {
    return VezaPact.request(builder, "tag cost-center is promoted", "a request to demote a tag", "POST",
            "/api/preview/graph/tag_promotions:demote")
        .headers("Content-Type", "application/json")
        .body("{\"tag_key\":\"cost-center\",\"tag_type\":\"AWSTag\"}")
        .willRespondWith().status(200).body("{}", "application/json")
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "demoteTag")
  void demoteTag(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      veza.tagPromotions().demote("cost-center", "AWSTag");
    }
  }
}
