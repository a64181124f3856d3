package io.secplat.britive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secplat.britive.generated.model.Account;
import io.secplat.britive.generated.model.AccountPermissionAssociation;
import io.secplat.britive.generated.model.Environment;
import io.secplat.britive.generated.model.EnvironmentGroup;
import io.secplat.britive.generated.model.EnvironmentListItem;
import io.secplat.britive.generated.model.EnvironmentNodeSummary;
import io.secplat.britive.generated.model.GroupPermissionAssociation;
import io.secplat.britive.generated.model.Permission;
import io.secplat.core.Secret;
import io.secplat.core.error.NotFoundException;
import io.secplat.core.error.UnauthorizedException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every façade operation against the real Britive mock provider on loopback. */
class BritiveClientTest extends BritiveMockTestBase {
  @Test
  void listsEnvironments() {
    List<EnvironmentListItem> environments = britive.environments().list("app-1");
    assertThat(environments).extracting(EnvironmentListItem::getEnvironmentId).contains("1111", "2222");
    assertThat(environments.get(0).getAppContainerId()).isEqualTo("10YwwR1V2aFt2UDtbjqJ");
  }

  @Test
  void summarizesEnvironmentsAndGroups() {
    assertThat(britive.environments().summarize("app-1", TreeSummaryType.ENVIRONMENT_GROUPS))
        .extracting(EnvironmentNodeSummary::getId).contains("r-pak3");
    assertThat(britive.environments().summarize("app-1", TreeSummaryType.ENVIRONMENTS))
        .extracting(EnvironmentNodeSummary::getType).contains("AWSAccount");
    LoggedRequest request = lastRequest();
    assertThat(request.queryParameter("view").firstValue()).isEqualTo("summary");
    assertThat(request.queryParameter("type").firstValue()).isEqualTo("environments");
  }

  @Test
  void createsAndDeletesAnEnvironmentGroupAndAnEnvironment() {
    EnvironmentGroup group = britive.environments().createGroup("app-1", "Team Group", "r-pak3", "for the team");
    assertThat(group.getName()).isEqualTo("Team Group");
    assertThat(group.getType()).isEqualTo("group");
    assertThat(lastRequest().getBodyAsString())
        .isEqualTo("{\"name\":\"Team Group\",\"description\":\"for the team\",\"type\":\"group\",\"parentId\":\"r-pak3\"}");

    Environment env = britive.environments().create("app-1", "Team Env", group.getId(), null);
    assertThat(env.getParentGroupId()).isEqualTo(group.getId());
    assertThat(env.getStatus()).isEqualTo("active");
    assertThat(britive.environments().list("app-1")).extracting(EnvironmentListItem::getEnvironmentName).contains("Team Env");

    britive.environments().delete("app-1", env.getId());
    assertThat(britive.environments().list("app-1")).extracting(EnvironmentListItem::getEnvironmentName).doesNotContain("Team Env");
    britive.environments().deleteGroup("app-1", group.getId());
    assertThat(britive.environments().summarize("app-1", TreeSummaryType.ENVIRONMENT_GROUPS))
        .extracting(EnvironmentNodeSummary::getId).doesNotContain(group.getId());
  }

  @Test
  void deletingSomethingMissingIsNotFound() {
    assertThatThrownBy(() -> britive.environments().delete("app-1", "nope"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.errorCode()).contains("MOCK-404");
          assertThat(e.method()).isEqualTo("DELETE");
          assertThat(e.path()).isEqualTo("/api/apps/app-1/environments/nope");
        });
  }

  @Test
  void listsAccountsAcrossPagesLazily() {
    // the documented collection holds 131 accounts: pages of 50 are 0, 1 and 2
    ListOptions options = ListOptions.defaults().withPageSize(50).withSort("nativeName,asc")
        .withFilter("scanStatus eq Unchanged").withIncludeMembers(true);
    List<Account> firstTen = britive.accounts().list("app-1", "env-1", options).stream().limit(10).collect(Collectors.toList());
    assertThat(firstTen).hasSize(10);
    assertThat(requests()).hasSize(1);

    List<Account> accounts = britive.accounts().list("app-1", "env-1", options).stream().collect(Collectors.toList());
    assertThat(accounts).hasSize(131);
    assertThat(accounts.get(0).getNativeName()).isEqualTo("admin1@britive.com");
    assertThat(accounts.get(130).getAccountId()).isEqualTo(2800L + 130);
    List<LoggedRequest> requests = requests();
    assertThat(requests).hasSize(1 + 3);
    assertThat(requests.get(3).getUrl())
        .isEqualTo("/api/apps/app-1/environments/env-1/accounts?page=2&size=50&sort=nativeName%2Casc"
            + "&filter=scanStatus%20eq%20Unchanged&includeMembers=true");
  }

  @Test
  void listsAccountPermissionsAndGroups() {
    List<AccountPermissionAssociation> permissions =
        britive.accounts().permissions("app-1", "env-1", "2800", ListOptions.defaults()).stream().collect(Collectors.toList());
    assertThat(permissions).isNotEmpty();
    assertThat(permissions.get(0).getNativeId().getAccountNativeId()).isEqualTo("a-id1");
    assertThat(britive.accounts().groups("app-1", "env-1", "2807", ListOptions.defaults()).stream().findFirst())
        .hasValueSatisfying(a -> assertThat(a.getPermissionType()).isEqualTo("group"));
  }

  @Test
  void mapsAndUnmapsUsers() {
    britive.accounts().mapUsers("app-1", "env-1", "2800", List.of("user-9", "user-10"));
    assertThat(lastRequest().getBodyAsString()).isEqualTo("[\"user-9\",\"user-10\"]");
    britive.accounts().unmapUser("app-1", "env-1", "2800", "user-9", false);
    assertThat(lastRequest().getUrl())
        .isEqualTo("/api/apps/app-1/environments/env-1/accounts/2800/users/user-9?forceCheckinPaps=false");
  }

  @Test
  void listsPermissionsAndTheirMembers() {
    assertThat(britive.permissions().list("app-1", "env-1", ListOptions.defaults()).stream().collect(Collectors.toList()))
        .extracting(Permission::getName).contains("Role1");
    assertThat(britive.permissions().accounts("app-1", "env-1", "46600", ListOptions.defaults()).stream().count()).isPositive();
    assertThat(britive.permissions().groups("app-1", "env-1", "46600", ListOptions.defaults()).stream().collect(Collectors.toList()))
        .extracting(GroupPermissionAssociation::getGroupName).contains("Group1");
  }

  @Test
  void listsGroupsAndTheirMembers() {
    assertThat(britive.groups().list("app-1", "env-1", ListOptions.defaults()).stream().count()).isPositive();
    assertThat(britive.groups().accounts("app-1", "env-1", "g-1", ListOptions.defaults()).stream().count()).isPositive();
    assertThat(britive.groups().permissions("app-1", "env-1", "g-1", ListOptions.defaults()).stream().count()).isPositive();
  }

  @Test
  void associationListsRefuseIncludeMembersBeforeSending() {
    assertThatThrownBy(() -> britive.groups().accounts("app-1", "env-1", "g-1", ListOptions.defaults().withIncludeMembers(true)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("includeMembers is not supported by group accounts");
    assertThat(requests()).isEmpty();
  }

  @Test
  void aMalformedTokenIsRejectedByTheProviderAsUnauthorized() {
    try (BritiveClient wrong = BritiveClient.builder().baseUrl(mocks.baseUrl()).token(Secret.of("two words")).build()) {
      assertThatThrownBy(() -> wrong.environments().list("app-1"))
          .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.status()).isEqualTo(401));
    }
  }

  @Test
  void theGeneratedInterfacesStayReachable() {
    assertThat(britive.api(io.secplat.britive.generated.api.EnvironmentsApi.class).listEnvironments("app-1")).isNotEmpty();
  }

}
