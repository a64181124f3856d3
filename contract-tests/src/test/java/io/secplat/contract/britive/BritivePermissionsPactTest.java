package io.secplat.contract.britive;

import static io.secplat.contract.britive.BritivePact.APP;
import static io.secplat.contract.britive.BritivePact.ENV;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.britive.BritiveClient;
import io.secplat.britive.ListOptions;
import io.secplat.britive.generated.model.AccountPermissionAssociation;
import io.secplat.britive.generated.model.GroupPermissionAssociation;
import io.secplat.britive.generated.model.Permission;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = BritivePact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class BritivePermissionsPactTest {
  static final String PERMISSIONS = "/api/apps/app-1/environments/1111/permissions";

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact listPermissions(PactDslWithProvider builder) {
    return BritivePact.request(builder, "environment 1111 has permissions",
            "a request for the first page of permissions", "GET", PERMISSIONS)
        .query("page=0&size=100&includeMembers=false")
        .willRespondWith().status(200)
        .body(BritivePact.page(BritivePact::permission))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listPermissions")
  void listPermissions(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      assertThat(britive.permissions().list(APP, ENV, ListOptions.defaults()).stream().collect(Collectors.toList()))
          .extracting(Permission::getName).containsExactly("Role1");
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact listPermissionAccounts(PactDslWithProvider builder) {
    return BritivePact.request(builder, "permission 46600 has accounts",
            "a request for the accounts holding a permission", "GET", PERMISSIONS + "/46600/accounts")
        .query("page=0&size=100")
        .willRespondWith().status(200)
        .body(BritivePact.page(BritivePact::accountAssociation))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listPermissionAccounts")
  void listPermissionAccounts(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      assertThat(britive.permissions().accounts(APP, ENV, "46600", ListOptions.defaults()).stream().collect(Collectors.toList()))
          .extracting(AccountPermissionAssociation::getAccountName).containsExactly("account1");
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact listPermissionGroups(PactDslWithProvider builder) {
    return BritivePact.request(builder, "permission 46600 has groups",
            "a request for the groups holding a permission", "GET", PERMISSIONS + "/46600/groups")
        .query("page=0&size=100")
        .willRespondWith().status(200)
        .body(BritivePact.page(BritivePact::groupAssociation))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listPermissionGroups")
  void listPermissionGroups(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      assertThat(britive.permissions().groups(APP, ENV, "46600", ListOptions.defaults()).stream().collect(Collectors.toList()))
          .extracting(GroupPermissionAssociation::getGroupName).containsExactly("Group1");
    }
  }
}
