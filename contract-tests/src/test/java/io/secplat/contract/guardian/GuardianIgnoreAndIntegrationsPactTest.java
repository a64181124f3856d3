package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.json;
import static io.secplat.contract.guardian.GuardianPact.object;
import static io.secplat.contract.guardian.GuardianPact.status;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.IgnoreCategory;
import io.secplat.guardian.Scope;
import io.secplat.guardian.generated.model.IntegrationCreateItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ignore items and Integrations. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianIgnoreAndIntegrationsPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact ignoreItems(PactDslWithProvider builder) {
    String state = "node group 1 ignores guest users";
    return GuardianPact.interactions(builder)
        .get(state, "listIgnoreItems", "a request for the diff ignore list of a node", "/api/v2/ignores.json?node_id=311&category=3",
            object(o -> o.object("users").closeObject()))
        .call(state, "createIgnoreItems", "a request to ignore the guest user in a node group", "POST",
            "/api/v2/ignores.json?node_group_id=1&category=1",
            json(object(o -> o.object("users").booleanValue("guest", true).closeObject())),
            status(201, object(o -> o.object("ci_type").closeObject())))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "ignoreItems")
  void ignoreItems(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.ignores().list(Scope.node(311), IgnoreCategory.DIFF)).containsKey("users");
      assertThat(guardian.ignores().create(1, IgnoreCategory.NODE_GROUP, Map.of("users", Map.of("guest", true)))).containsKey("ci_type");
    }
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact integrations(PactDslWithProvider builder) {
    String state = "integration 1 exists";
    return GuardianPact.interactions(builder)
        .get(state, "listIntegrations", "a request for the integrations", "/api/v2/integrations.json",
            array(1, o -> o.integerType("id", 1L).stringType("name", "AD")))
        .call(state, "batchCreateIntegrations", "a request to create an Active Directory integration", "POST",
            "/api/v2/integrations/batch_create.json",
            json(new au.com.dius.pact.consumer.dsl.PactDslJsonArray().object().stringValue("name", "AD").integerType("category", 1)
                .object("settings").stringValue("host", "dc1.example.com").closeObject().closeObject()),
            status(201, new au.com.dius.pact.consumer.dsl.PactDslJsonBody()))
        .call(state, "batchDeleteIntegrations", "a request to delete an integration", "DELETE", "/api/v2/integrations/batch_delete.json",
            json(object(o -> o.array("ids").integerType(1L).closeArray())),
            status(200, object(o -> o.stringType("message", "1 item deleted"))))
        .get(state, "listIntegrationDefinitions", "a request for the integration types", "/api/v2/integrations/definitions.json",
            array(1, o -> o.integerType("id", 1).stringType("name", "Active Directory")))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "integrations")
  void integrations(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.integrations().list()).hasSize(1);
      assertThat(guardian.integrations().create(List.of(new IntegrationCreateItem().name("AD").category(1)
          .settings(Map.of("host", "dc1.example.com"))))).isEmpty();
      assertThat(guardian.integrations().delete(List.of(1L))).isEqualTo("1 item deleted");
      assertThat(guardian.integrations().definitions()).hasSize(1);
    }
  }
}
