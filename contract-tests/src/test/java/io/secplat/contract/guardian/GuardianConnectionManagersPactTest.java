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
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Connection Managers and Connection Manager Groups. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianConnectionManagersPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact connectionManagers(PactDslWithProvider builder) {
    String state = "connection manager group 1 exists";
    return GuardianPact.interactions(builder)
        .get("connection manager group 1 has a connection manager", "listConnectionManagers",
            "a request for the connection managers", "/api/v2/connection_managers.json",
            array(1, o -> o.stringType("hostname", "cm1.example.com")))
        .get(state, "listConnectionManagerGroups", "a request for the connection manager groups",
            "/api/v2/connection_manager_groups.json", array(1, GuardianPact::connectionManagerGroup))
        .call(state, "createConnectionManagerGroup", "a request to create a connection manager group", "POST",
            "/api/v2/connection_manager_groups.json?name=Windows Connection Managers", UnaryOperator.identity(),
            status(201, object(o -> o.integerType("id", 1L).stringType("name", "Windows Connection Managers")
                .stringType("api_key", "12345667890125018190284sixtyfourcharacterlongapikey1259181721234"))))
        .get(state, "getConnectionManagerGroup", "a request for a connection manager group", "/api/v2/connection_manager_groups/1.json",
            object(GuardianPact::connectionManagerGroup))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "connectionManagers")
  void connectionManagers(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.connectionManagers().list()).hasSize(1);
      assertThat(guardian.connectionManagerGroups().list()).singleElement()
          .satisfies(group -> assertThat(group.getSshPublicKey()).isEqualTo("ssh-rsa AAAA....xyz guardian"));
      assertThat(guardian.connectionManagerGroups().create("Windows Connection Managers").getApiKey()).hasSize(64);
      assertThat(guardian.connectionManagerGroups().get(1).getStatus()).isEqualTo(1);
    }
  }
}
