package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.json;
import static io.secplat.contract.guardian.GuardianPact.noContent;
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
import io.secplat.guardian.generated.model.EnvironmentCreateAttributes;
import io.secplat.guardian.generated.model.EnvironmentUpdateAttributes;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Environments: the records, lookup, their nodes (paged) and their report. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianEnvironmentsPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact environments(PactDslWithProvider builder) {
    String state = "environment 30 exists";
    return GuardianPact.interactions(builder)
        .get(state, "getEnvironmentTemplate", "a request for the skeleton of an environment", "/api/v2/environments/new.json",
            object(o -> o.nullValue("name").nullValue("short_description").nullValue("node_rules")))
        .get(state, "listEnvironments", "a request for the environments", "/api/v2/environments.json?page=1&per_page=20",
            array(1, GuardianPact::environment))
        .call(state, "createEnvironment", "a request to create an environment", "POST", "/api/v2/environments.json",
            json(object(o -> o.object("environment").stringValue("name", "Production")
                .stringValue("short_description", "ForEx Trading Production").closeObject())),
            status(201, object(GuardianPact::environment)))
        .get(state, "getEnvironment", "a request for an environment", "/api/v2/environments/30.json", object(GuardianPact::environment))
        .call(state, "updateEnvironment", "a request to change the weight of an environment", "PUT", "/api/v2/environments/30.json",
            json(object(o -> o.object("environment").integerType("weight", 5).closeObject())), noContent())
        .call(state, "deleteEnvironment", "a request to delete an environment", "DELETE", "/api/v2/environments/30.json",
            UnaryOperator.identity(), noContent())
        .get(state, "lookupEnvironment", "a lookup of an environment by name", "/api/v2/environments/lookup.json?name=Production",
            object(o -> o.integerType("environment_id", 30L)))
        .miss(state, "lookupEnvironment", "a lookup of an environment that does not exist", "/api/v2/environments/lookup.json?name=ghost")
        .get(state, "listEnvironmentNodes", "a request for the first page of two nodes of an environment",
            "/api/v2/environments/30/nodes.json?page=1&per_page=2", array(2, GuardianPact::node))
        .get(state, "listEnvironmentNodes", "a request for the second page of two nodes of an environment",
            "/api/v2/environments/30/nodes.json?page=2&per_page=2", array(1, GuardianPact::node))
        .get(state, "getEnvironmentReport", "a request for the last scheduled scan report of an environment",
            "/api/v2/environments/30/report.json",
            object(o -> {
              o.object("report").closeObject();
              GuardianPact.timestamp(o, "date", "2014-04-15T00:08:02-07:00");
            }))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "environments")
  void environments(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.environments().template().getName()).isNull();
      assertThat(guardian.environments().list().stream().map(e -> e.getName()).collect(Collectors.toList())).containsExactly("Production");
      assertThat(guardian.environments().create(new EnvironmentCreateAttributes().name("Production")
          .shortDescription("ForEx Trading Production")).getId()).isEqualTo(30L);
      assertThat(guardian.environments().get(30).getCreatedAt()).isNull();
      guardian.environments().update(30, new EnvironmentUpdateAttributes().weight(5));
      guardian.environments().delete(30);
      assertThat(guardian.environments().lookup("Production")).contains(30L);
      assertThat(guardian.environments().lookup("ghost")).isEmpty();
      assertThat(guardian.environments().nodes(30, 2).stream().count()).isEqualTo(3);
      assertThat(guardian.environments().report(30).getDate()).hasToString("2014-04-15T00:08:02-07:00");
    }
  }
}
