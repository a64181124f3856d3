package io.secplat.contract.britive;

import static io.secplat.contract.britive.BritivePact.APP;
import static io.secplat.contract.britive.BritivePact.ENV;
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
import io.secplat.britive.ListOptions;
import io.secplat.britive.generated.model.Account;
import io.secplat.britive.generated.model.AccountPermissionAssociation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = BritivePact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class BritiveAccountsPactTest {
  static final String ACCOUNTS = "/api/apps/app-1/environments/1111/accounts";

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact listAccounts(PactDslWithProvider builder) {
    return BritivePact.request(builder, "environment 1111 has accounts",
            "a request for the first page of accounts, sorted and filtered, with members", "GET", ACCOUNTS)
        .query("page=0&size=100&sort=nativeName,asc&filter=scanStatus eq Unchanged&includeMembers=true")
        .willRespondWith().status(200)
        .body(BritivePact.sortedAndFilteredPage(BritivePact::account, "nativeName: ASC", "scanStatus eq Unchanged"))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listAccounts")
  void listAccounts(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      ListOptions options = ListOptions.defaults().withSort("nativeName,asc").withFilter("scanStatus eq Unchanged")
          .withIncludeMembers(true);
      List<Account> accounts = britive.accounts().list(APP, ENV, options).stream().collect(Collectors.toList());
      assertThat(accounts).singleElement().satisfies(a -> {
        assertThat(a.getAccountId()).isEqualTo(2800L);
        assertThat(a.getNativeName()).isEqualTo("admin1@britive.com");
        assertThat(a.getCreated()).hasToString("2019-09-13T10:15:54Z");
        assertThat(a.getModified()).isNull();
      });
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact listAccountPermissions(PactDslWithProvider builder) {
    return BritivePact.request(builder, "account 2800 has permissions",
            "a request for the permissions of an account", "GET", ACCOUNTS + "/2800/permissions")
        .query("page=0&size=100")
        .willRespondWith().status(200)
        .body(BritivePact.page(BritivePact::accountAssociation))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listAccountPermissions")
  void listAccountPermissions(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      List<AccountPermissionAssociation> permissions =
          britive.accounts().permissions(APP, ENV, "2800", ListOptions.defaults()).stream().collect(Collectors.toList());
      assertThat(permissions).singleElement().satisfies(p -> {
        assertThat(p.getPermissionName()).isEqualTo("Administrator");
        assertThat(p.getNativeId().getAccountNativeId()).isEqualTo("a-id1");
      });
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact listAccountGroups(PactDslWithProvider builder) {
    return BritivePact.request(builder, "account 2800 has groups",
            "a request for the groups of an account", "GET", ACCOUNTS + "/2800/groups")
        .query("page=0&size=100")
        .willRespondWith().status(200)
        .body(BritivePact.page(BritivePact::accountAssociation))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listAccountGroups")
  void listAccountGroups(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      assertThat(britive.accounts().groups(APP, ENV, "2800", ListOptions.defaults()).stream().collect(Collectors.toList()))
          .extracting(AccountPermissionAssociation::getAccountId).containsExactly(2800L);
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact mapAccountUsers(PactDslWithProvider builder) {
    return BritivePact.request(builder, "account 2800 exists",
            "a request to map two users to an account by their ids", "POST", ACCOUNTS + "/2800/users")
        .headers("Content-Type", "application/json")
        .body(new PactDslJsonArray().stringValue("user-id-1").stringValue("user-id-2"))
        .willRespondWith().status(200)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "mapAccountUsers")
  void mapAccountUsers(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      britive.accounts().mapUsers(APP, ENV, "2800", List.of("user-id-1", "user-id-2"));
    }
  }

  @Pact(consumer = BritivePact.CONSUMER)
  RequestResponsePact unmapAccountUser(PactDslWithProvider builder) {
    return BritivePact.request(builder, "user u-42 is mapped to account 2800",
            "a request to unmap a user from an account, checking in its profiles", "DELETE", ACCOUNTS + "/2800/users/u-42")
        .query("forceCheckinPaps=true")
        .willRespondWith().status(200)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "unmapAccountUser")
  void unmapAccountUser(MockServer server) {
    try (BritiveClient britive = BritivePact.client(server)) {
      britive.accounts().unmapUser(APP, ENV, "2800", "u-42", true);
    }
  }
}
