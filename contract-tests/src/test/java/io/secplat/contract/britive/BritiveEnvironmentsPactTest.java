package io.secplat.contract.britive;

import static io.secplat.contract.britive.BritivePact.APP;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.britive.BritiveClient;
import io.secplat.britive.TreeSummaryType;
import io.secplat.britive.generated.model.Environment;
import io.secplat.britive.generated.model.EnvironmentGroup;
import io.secplat.britive.generated.model.EnvironmentListItem;
import io.secplat.britive.generated.model.EnvironmentNodeSummary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = BritivePact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class BritiveEnvironmentsPactTest {

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact listEnvironments(PactDslWithProvider builder) {
    return BritivePact.request(builder, "application app-1 has environments", "a request to list the environments of an application",
            "GET", "/api/apps/app-1/environments")
        .willRespondWith().status(200)
        .body(PactDslJsonArray.arrayMinLike(1)
            .stringType("appContainerId", "10YwwR1V2aFt2UDtbjqJ")
            .stringType("environmentId", "1111")
            .stringType("environmentName", "Sigma")
            .closeObject())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listEnvironments")
  void listEnvironments(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      List<EnvironmentListItem> environments = britive.environments().list(APP);
      assertThat(environments).singleElement().satisfies(e -> {
        assertThat(e.getEnvironmentId()).isEqualTo("1111");
        assertThat(e.getEnvironmentName()).isEqualTo("Sigma");
      });
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact getEnvironmentTreeSummary(PactDslWithProvider builder) {
    return BritivePact.request(builder, "application app-1 has environment groups",
            "a request to summarise the environment groups of an application", "GET", "/api/apps/app-1/root-environment-group")
        .query("view=summary&type=environmentGroups")
        .willRespondWith().status(200)
        .body(PactDslJsonArray.arrayMinLike(1)
            .stringType("name", "Root")
            .stringType("id", "r-pak3")
            .stringType("type", "Organization")
            .closeObject())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getEnvironmentTreeSummary")
  void getEnvironmentTreeSummary(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      List<EnvironmentNodeSummary> groups = britive.environments().summarize(APP, TreeSummaryType.ENVIRONMENT_GROUPS);
      assertThat(groups).extracting(EnvironmentNodeSummary::getId).containsExactly("r-pak3");
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact createEnvironmentGroup(PactDslWithProvider builder) {
    PactDslJsonBody response = new PactDslJsonBody()
        .stringType("name", "Dev Group")
        .stringType("description", "Dev Group")
        .stringType("id", "0v8kgkkayprnvi7x")
        .stringType("parentId", "r-pak3")
        .stringValue("type", "group");
    response.nullValue("nativeId").nullValue("nativeParentId");
    response.array("childGroupIds").closeArray();
    response.array("childEnvironmentIds").closeArray();
    return BritivePact.request(builder, "application app-1 has environment groups",
            "a request to create an environment group", "POST", "/api/apps/app-1/root-environment-group/groups")
        .headers("Content-Type", "application/json")
        .body(new PactDslJsonBody()
            .stringValue("name", "Dev Group")
            .stringValue("description", "Dev Group")
            .stringValue("type", "group")
            .stringValue("parentId", "r-pak3"))
        .willRespondWith().status(200)
        .body(response)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "createEnvironmentGroup")
  void createEnvironmentGroup(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      EnvironmentGroup group = britive.environments().createGroup(APP, "Dev Group", "r-pak3", "Dev Group");
      assertThat(group.getId()).isEqualTo("0v8kgkkayprnvi7x");
      assertThat(group.getParentId()).isEqualTo("r-pak3");
      assertThat(group.getNativeId()).isNull();
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact deleteEnvironmentGroup(PactDslWithProvider builder) {
    return BritivePact.request(builder, "environment group 0v8kgkkayprnvi7x exists",
            "a request to delete an environment group", "DELETE", "/api/apps/app-1/environment-groups/0v8kgkkayprnvi7x")
        .willRespondWith().status(200)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "deleteEnvironmentGroup")
  void deleteEnvironmentGroup(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      britive.environments().deleteGroup(APP, "0v8kgkkayprnvi7x");
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact createEnvironment(PactDslWithProvider builder) {
    return BritivePact.request(builder, "environment group 0v8kgkkayprnvi7x exists",
            "a request to create an environment", "POST", "/api/apps/app-1/root-environment-group/environments")
        .headers("Content-Type", "application/json")
        .body(new PactDslJsonBody()
            .stringValue("name", "DevEnv")
            .stringValue("description", "Dev account")
            .stringValue("type", "environment")
            .stringValue("parentGroupId", "0v8kgkkayprnvi7x"))
        .willRespondWith().status(200)
        .body(new PactDslJsonBody()
            .stringType("id", "n0erky7u2kfswdyn")
            .stringType("name", "DevEnv")
            .stringType("description", "Dev account")
            .stringType("parentGroupId", "0v8kgkkayprnvi7x")
            .stringValue("type", "environment")
            .stringType("status", "active"))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "createEnvironment")
  void createEnvironment(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      Environment env = britive.environments().create(APP, "DevEnv", "0v8kgkkayprnvi7x", "Dev account");
      assertThat(env.getId()).isEqualTo("n0erky7u2kfswdyn");
      assertThat(env.getStatus()).isEqualTo("active");
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact deleteEnvironment(PactDslWithProvider builder) {
    return BritivePact.request(builder, "environment 1111 exists",
            "a request to delete an environment", "DELETE", "/api/apps/app-1/environments/1111")
        .willRespondWith().status(200)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "deleteEnvironment")
  void deleteEnvironment(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      britive.environments().delete(APP, "1111");
    }
  }
}
