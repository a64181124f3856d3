package io.secplat.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.guardian.generated.model.IntegrationCreateItem;
import io.secplat.guardian.generated.model.Pluggable;
import io.secplat.guardian.generated.model.PluggableCreateAttributes;
import io.secplat.guardian.generated.model.PluggableUpdateAttributes;
import io.secplat.guardian.generated.model.Policy;
import io.secplat.guardian.generated.model.PolicyCreateAttributes;
import io.secplat.guardian.generated.model.PolicyUpdateAttributes;
import io.secplat.guardian.generated.model.UserUpdateRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The remaining resource groups against the Guardian mock: each operation's request and answer. */
class GuardianCatalogTest extends GuardianMockTestBase {

  @Test
  void usersWithAPlusInTheirEmailAreSentEncoded() {
    assertThat(guardian.users().invite("c.m.burns+ops@snpp.com", UserRole.ANALYST))
        .hasValueSatisfying(invitation -> {
          assertThat(invitation.getEmail()).isEqualTo("c.m.burns+ops@snpp.com");
          assertThat(invitation.getRole()).isEqualTo("analyst");
        });
    assertThat(lastCall()).isEqualTo("POST /api/v2/users/invite.json?email=c.m.burns%2Bops%40snpp.com&role=analyst");
    guardian.users().updateRole("c.m.burns+ops@snpp.com", UserRole.ADMIN);
    assertThat(lastCall()).isEqualTo("PUT /api/v2/users/update_role.json?email=c.m.burns%2Bops%40snpp.com&role=admin");
    guardian.users().remove("c.m.burns+ops@snpp.com");
    assertThat(lastCall()).isEqualTo("PUT /api/v2/users/remove.json?email=c.m.burns%2Bops%40snpp.com");
    guardian.users().remove("c.m.burns+ops@snpp.com", 8);
    assertThat(lastCall()).isEqualTo("PUT /api/v2/users/remove.json?email=c.m.burns%2Bops%40snpp.com&new_owner=8");
  }

  @Test
  void theMockReadsAPlusSentUnencodedAsASpaceAndRefusesTheEmail() throws Exception {
    java.net.http.HttpRequest raw = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(mocks.baseUrl() + "/api/v2/users/invite.json?email=c.m.burns+ops@snpp.com&role=member"))
        .header("Authorization", "Token token=\"abc\"").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
    java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
        .send(raw, java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.body()).isEqualTo("{\"error\":\"Email is invalid (a '+' must be sent as %2B): c.m.burns ops@snpp.com\"}");
  }

  @Test
  void usersAreListedAndUpdated() {
    assertThat(guardian.users().list(true)).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/users.json?invited=true");
    guardian.users().update(7, new UserUpdateRequest().name("Charles").surname("Burns"));
    assertThat(lastCall()).isEqualTo("PUT /api/v2/users/7.json");
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"name\":\"Charles\",\"surname\":\"Burns\"}");
    assertThatThrownBy(() -> guardian.users().invite("a@b.c", UserRole.ADMIN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("role of an invitation must be MEMBER or ANALYST, was ADMIN");
  }

  @Test
  void policiesHideTheirRootKeyAndDecodeTheirTargetNodes() {
    assertThat(guardian.policies().template().getName()).isNull();
    assertThat(lastCall()).isEqualTo("GET /api/v2/policies/new.json");
    assertThat(guardian.policies().list().stream().count()).isZero();
    Policy policy = guardian.policies().create(new PolicyCreateAttributes().name("Basic user permissions.")
        .operatingSystemFamilyId(2L));
    assertThat(lastRequest().getBodyAsString())
        .isEqualTo("{\"policy\":{\"name\":\"Basic user permissions.\",\"operating_system_family_id\":2}}");
    assertThat(guardian.policies().get(policy.getId()).getName()).isEqualTo("Basic user permissions.");
    guardian.policies().update(1, new PolicyUpdateAttributes().description("stricter"));
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"policy\":{\"description\":\"stricter\"}}");
    guardian.policies().delete(1);
    assertThat(lastCall()).isEqualTo("DELETE /api/v2/policies/1.json");
    assertThat(guardian.policies().lookup("Basic user permissions.")).contains(1L);
    assertThat(lastCall()).isEqualTo("GET /api/v2/policies/lookup.json?name=Basic%20user%20permissions.");
    assertThat(guardian.policies().lookup("ghost")).isEmpty();
    mocks.applyState("policy 14 has the short description Users");
    assertThat(guardian.policies().lookupByShortDescription("users")).contains(14L);
    assertThat(lastCall()).isEqualTo("GET /api/v2/policies/lookup.json?short_description=users");
    assertThat(guardian.policies().targetNodes(1)).containsExactly(53L, 61L, 62L);
    assertThat(guardian.policies().versions(1)).isEmpty();
    assertThat(guardian.policies().addFileCheck(1, new FileCheck("files", "/etc/ssh/sshd_config", "contents",
        FileCheckType.INCLUDES, "PermitRootLogin no").withAbsentPass(false))).hasValueSatisfying(v -> assertThat(v.getVersion()).isEqualTo(1));
    assertThat(lastCall()).isEqualTo("POST /api/v2/policies/1/add_file_check.json?absent_pass=false&attr=contents&check=includes"
        + "&expected=PermitRootLogin%20no&file_path=%2Fetc%2Fssh%2Fsshd_config&section=files");
    assertThat(guardian.policies().addFileCheck(1, new FileCheck("files", "/etc/ssh/sshd_config", "contents",
        FileCheckType.INCLUDES, "PermitRootLogin no"))).as("the policy has that check now").isEmpty();
    assertThat(guardian.policies().results().summary().stream().count()).isZero();
    assertThat(lastCall()).isEqualTo("GET /api/v2/policies/summary_results.json?page=1&per_page=20");
  }

  @Test
  void pluggablesAreKeyedByOperatingSystem() {
    assertThat(guardian.pluggables().template().getScript()).isNull();
    assertThat(guardian.pluggables().list().stream().map(Pluggable::getName).collect(Collectors.toList())).containsExactly("NewOS");
    guardian.pluggables().create(new PluggableCreateAttributes().name("Production").operatingSystemId(123L).script("showall config"));
    assertThat(lastRequest().getBodyAsString())
        .isEqualTo("{\"pluggable\":{\"name\":\"Production\",\"operating_system_id\":123,\"script\":\"showall config\"}}");
    assertThat(guardian.pluggables().get(30).getOperatingSystemId()).isEqualTo(30L);
    guardian.pluggables().update(30, new PluggableUpdateAttributes().script("show running"));
    assertThat(lastCall()).isEqualTo("PUT /api/v2/pluggables/30.json");
    guardian.pluggables().delete(30);
    assertThat(lastCall()).isEqualTo("DELETE /api/v2/pluggables/30.json");
  }

  @Test
  void operatingSystemsAndFamilies() {
    assertThat(guardian.operatingSystemFamilies().list()).extracting("name").containsExactly("Windows");
    assertThat(guardian.operatingSystemFamilies().get(1).getName()).isEqualTo("Windows");
    assertThat(guardian.operatingSystems().list()).hasSize(1);
    assertThat(guardian.operatingSystems().get(123).getDescription()).isEqualTo("Windows 2012 Server");
    assertThat(guardian.operatingSystems().lookup("Windows 2012")).hasValueSatisfying(
        os -> assertThat(os.getOperatingSystemId()).isEqualTo(123L));
    assertThat(lastCall()).isEqualTo("GET /api/v2/operating_systems/lookup.json?query=Windows%202012");
  }

  @Test
  void cisBenchmarks() {
    assertThat(guardian.cisBenchmarks().list().stream().count()).isZero();
    assertThat(guardian.cisBenchmarks().get(4, Scope.organisation()).getSpecific()).isFalse();
    assertThat(lastCall()).isEqualTo("GET /api/v2/cis_benchmarks/4.json");
    guardian.cisBenchmarks().get(4, Scope.environment(30), 7);
    assertThat(lastCall()).isEqualTo("GET /api/v2/cis_benchmarks/4.json?environment_id=30&timespan=7");
    assertThat(guardian.cisBenchmarks().available(true)).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/cis_benchmarks/benchmarks.json?active_only=true");
    guardian.cisBenchmarks().resultSummary();
    assertThat(lastCall()).isEqualTo("GET /api/v2/cis_benchmarks/benchmark_result_summary.json");
    guardian.cisBenchmarks().resultSummary(30);
    assertThat(lastCall()).isEqualTo("GET /api/v2/cis_benchmarks/benchmark_result_summary.json?timespan=30");
    guardian.cisBenchmarks().rules("xccdf_org.cisecurity.benchmarks_rule_1.1.1");
    assertThat(lastCall()).isEqualTo("GET /api/v2/cis_benchmarks/benchmark_rules.json?benchmark_id=xccdf_org.cisecurity.benchmarks_rule_1.1.1");
  }

  @Test
  void connectionManagersAndTheirGroups() {
    assertThat(guardian.connectionManagers().list()).isEmpty();
    assertThat(guardian.connectionManagerGroups().list()).extracting("name").containsExactly("Windows Connection Managers");
    assertThat(guardian.connectionManagerGroups().create("Windows Connection Managers").getApiKey()).hasSize(64);
    assertThat(lastCall()).isEqualTo("POST /api/v2/connection_manager_groups.json?name=Windows%20Connection%20Managers");
    assertThat(guardian.connectionManagerGroups().get(1).getStatus()).isEqualTo(1);
  }

  @Test
  void ignoreItemsIntegrationsAndTheSmallGroups() {
    assertThat(guardian.ignores().list(Scope.node(311), IgnoreCategory.DIFF)).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/ignores.json?category=3&node_id=311");
    assertThat(guardian.ignores().create(1, IgnoreCategory.NODE_GROUP, Map.of("users", Map.of("guest", true)))).containsKey("ci_type");
    assertThat(lastCall()).isEqualTo("POST /api/v2/ignores.json?category=1&node_group_id=1");
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"users\":{\"guest\":true}}");

    assertThat(guardian.integrations().list()).isEmpty();
    assertThat(guardian.integrations().create(List.of(new IntegrationCreateItem().name("AD").category(1)))).isEmpty();
    assertThat(lastRequest().getBodyAsString()).isEqualTo("[{\"name\":\"AD\",\"category\":1}]");
    assertThat(guardian.integrations().delete(List.of(1L))).isEqualTo("1 item deleted");
    assertThat(lastCall()).isEqualTo("DELETE /api/v2/integrations/batch_delete.json");
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"ids\":[1]}");
    assertThat(guardian.integrations().definitions()).isEmpty();

    assertThat(guardian.accounts().list(7)).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/accounts.json?user_id=7");
    assertThat(guardian.changeRequests().list().stream().count()).isZero();
    assertThat(guardian.changeRequests().get(4)).isEmpty();
    assertThat(guardian.incidents().list(50).stream().count()).isZero();
    assertThat(lastCall()).isEqualTo("GET /api/v2/incidents.json?page=1&per_page=50");
    assertThat(guardian.incidents().get(12)).isEmpty();
    assertThat(guardian.scores().list().stream().count()).isZero();
    assertThat(guardian.systemMetrics().list()).isEmpty();
    assertThat(guardian.textFiles().get(20).getChecksum()).isEqualTo("0fcc7e5d846da8b3079bd56d5eaea6cc");
  }
}
