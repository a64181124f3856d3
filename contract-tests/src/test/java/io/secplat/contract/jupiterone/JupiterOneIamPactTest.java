package io.secplat.contract.jupiterone;

import static io.secplat.contract.jupiterone.JupiterOnePact.data;
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
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.generated.graphql.IamGroup;
import io.secplat.jupiterone.generated.graphql.IamGroupUser;
import io.secplat.jupiterone.generated.graphql.SetResourcePermissionInput;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The IAM endpoint (on the pact server: /iam/graphql), with the documented samples. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = JupiterOnePact.GRAPHQL_PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class JupiterOneIamPactTest {
  static final String GROUP = "22c2d370-89ef-4280-970b-d520ca1837be";

  static void group(PactDslJsonBody o) {
    o.stringType("id", "11c2d370-89ef-4280-970b-d520ca1837be").stringType("name", "UsersX").stringType("description", "A group for X users");
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact iamGroups(PactDslWithProvider builder) {
    return graphQl(builder, "the account has user groups", "a request for the user groups", "/iam/graphql", document("iamGroups"),
            v -> v.integerType("limit", 5))
        .willRespondWith().status(200)
        .body(data("iamGroups", page -> {
          PactDslJsonBody item = page.minArrayLike("items", 1, 2);
          item.stringType("id", "12c2d370-89ef-4280-970b-d520ca1837be").stringType("name", "Users").stringType("description", "");
          item.closeObject().closeArray();
          JupiterOnePact.pageInfo(page, false);
        }))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "iamGroups")
  void iamGroups(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.iam().groups(5).stream().map(IamGroup::getName).collect(Collectors.toList())).containsExactly("Users", "Users");
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact iamGroupUsers(PactDslWithProvider builder) {
    return graphQl(builder, "user group " + GROUP + " has members", "a request for the members of a user group", "/iam/graphql",
            document("iamGroupUsers"), v -> v.stringType("groupId", GROUP).integerType("limit", 5))
        .willRespondWith().status(200)
        .body(data("iamGroupUsers", page -> {
          page.minArrayLike("items", 1, 1).stringType("id", "222xxx222_abc").stringType("email", "abc@mycompany.com")
              .closeObject().closeArray();
          JupiterOnePact.pageInfo(page, false);
        }))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "iamGroupUsers")
  void iamGroupUsers(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.iam().members(GROUP, 5).stream().map(IamGroupUser::getEmail)).containsExactly("abc@mycompany.com");
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact addIamUserToGroupByEmail(PactDslWithProvider builder) {
    return graphQl(builder, "user group " + GROUP + " exists", "a request to add a user to a group", "/iam/graphql",
            document("addIamUserToGroupByEmail"), v -> v.stringType("groupId", GROUP).stringType("userEmail", "abc@mycompany.com"))
        .willRespondWith().status(200)
        .body(data("addIamUserToGroupByEmail", o -> o.booleanValue("success", true)))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "addIamUserToGroupByEmail")
  void addIamUserToGroupByEmail(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.iam().addUser(GROUP, "abc@mycompany.com")).isTrue();
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact removeIamUserFromGroupByEmail(PactDslWithProvider builder) {
    return graphQl(builder, "user group " + GROUP + " has member xyz@mycompany.com", "a request to remove a user from a group",
            "/iam/graphql", document("removeIamUserFromGroupByEmail"),
            v -> v.stringType("groupId", GROUP).stringType("userEmail", "xyz@mycompany.com"))
        .willRespondWith().status(200)
        .body(data("removeIamUserFromGroupByEmail", o -> o.booleanValue("success", true)))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "removeIamUserFromGroupByEmail")
  void removeIamUserFromGroupByEmail(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.iam().removeUser(GROUP, "xyz@mycompany.com")).isTrue();
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact createIamGroup(PactDslWithProvider builder) {
    return graphQl(builder, "no user group named UsersX exists", "a request to create a user group", "/iam/graphql",
            document("createIamGroup"), v -> {
              v.stringType("name", "UsersX").stringType("description", "A group for X users");
              v.array("abacPermissions").stringType("readGraph").closeArray();
              v.minArrayLike("queryPolicy", 1, 1).array("_type").stringType("aws_ecr_image").closeArray().closeObject().closeArray();
            })
        .willRespondWith().status(200)
        .body(data("createIamGroup", JupiterOneIamPactTest::group))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "createIamGroup")
  void createIamGroup(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      IamGroup group = j1.iam().createGroup("UsersX", "A group for X users", List.of("readGraph"),
          List.of(Map.of("_type", List.of("aws_ecr_image"))));
      assertThat(group.getName()).isEqualTo("UsersX");
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact updateIamGroup(PactDslWithProvider builder) {
    return graphQl(builder, "user group 11c2d370-89ef-4280-970b-d520ca1837be exists", "a request to update a user group", "/iam/graphql",
            document("updateIamGroup"), v -> {
              v.stringType("id", "11c2d370-89ef-4280-970b-d520ca1837be").stringType("description", "allow account class");
              v.minArrayLike("queryPolicy", 1, 1).stringType("_type", "aws_ecs_task_definition").stringType("_class", "Account")
                  .closeObject().closeArray();
            })
        .willRespondWith().status(200)
        .body(data("updateIamGroup", JupiterOneIamPactTest::group))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "updateIamGroup")
  void updateIamGroup(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.iam().updateGroup("11c2d370-89ef-4280-970b-d520ca1837be", null, "allow account class", null,
          List.of(Map.of("_type", "aws_ecs_task_definition", "_class", "Account"))).getId())
          .isEqualTo("11c2d370-89ef-4280-970b-d520ca1837be");
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact setResourcePermission(PactDslWithProvider builder) {
    return graphQl(builder, "user group " + GROUP + " exists", "a request to set a resource permission of a group", "/iam/graphql",
            document("setResourcePermission"), v -> v.stringValue("subjectType", "group").stringType("subjectId", GROUP)
                .stringMatcher("resourceArea", "dashboard|integration|rule", "rule")
                .stringMatcher("resourceType", "\\*|resource_group|dashboard|integration|rule", "*")
                .stringType("resourceId", "*").booleanType("canCreate", false).booleanType("canRead", true)
                .booleanType("canUpdate", false).booleanType("canDelete", false))
        .willRespondWith().status(200)
        .body(data("setResourcePermission", o -> o.stringValue("subjectType", "group").stringType("subjectId", GROUP)
            .stringType("resourceArea", "rule").stringType("resourceType", "*").stringType("resourceId", "*")
            .booleanType("canCreate", false).booleanType("canRead", true).booleanType("canUpdate", false).booleanType("canDelete", false)))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "setResourcePermission")
  void setResourcePermission(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.iam().setResourcePermission(new SetResourcePermissionInput("group", GROUP, "rule", "*", "*", false, true, false,
          false)).getCanRead()).isTrue();
    }
  }
}
