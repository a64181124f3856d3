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
class BritiveGroupsPactTest {
  static final String GROUPS = "/api/apps/app-1/environments/1111/groups";

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact listGroups(PactDslWithProvider builder) {
    return BritivePact.request(builder, "environment 1111 has groups",
            "a request for the first page of groups, filtered", "GET", GROUPS)
        .query("page=0&size=25&filter=scanStatus eq Unchanged&includeMembers=false")
        .willRespondWith().status(200)
        .body(BritivePact.filteredPage(BritivePact::group, "scanStatus eq Unchanged"))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listGroups")
  void listGroups(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      ListOptions options = ListOptions.defaults().withPageSize(25).withFilter("scanStatus eq Unchanged");
      assertThat(britive.groups().list(APP, ENV, options).stream().collect(Collectors.toList()))
          .extracting(Permission::getAppPermissionId).containsExactly(69152L);
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact listGroupAccounts(PactDslWithProvider builder) {
    return BritivePact.request(builder, "group 2807 has accounts",
            "a request for the accounts of a group", "GET", GROUPS + "/2807/accounts")
        .query("page=0&size=100")
        .willRespondWith().status(200)
        .body(BritivePact.page(BritivePact::accountAssociation))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listGroupAccounts")
  void listGroupAccounts(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      assertThat(britive.groups().accounts(APP, ENV, "2807", ListOptions.defaults()).stream().collect(Collectors.toList()))
          .extracting(AccountPermissionAssociation::getPermissionId).containsExactly(46522L);
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact listGroupPermissions(PactDslWithProvider builder) {
    return BritivePact.request(builder, "group 2807 has permissions",
            "a request for the permissions of a group", "GET", GROUPS + "/2807/permissions")
        .query("page=0&size=100")
        .willRespondWith().status(200)
        .body(BritivePact.page(BritivePact::groupAssociation))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listGroupPermissions")
  void listGroupPermissions(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      assertThat(britive.groups().permissions(APP, ENV, "2807", ListOptions.defaults()).stream().collect(Collectors.toList()))
          .extracting(GroupPermissionAssociation::getGroupId).containsExactly(2807L);
    }
  }
}
