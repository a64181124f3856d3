package io.secplat.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.core.error.BadRequestException;
import io.secplat.core.error.NotFoundException;
import io.secplat.guardian.generated.model.Node;
import io.secplat.guardian.generated.model.NodeGroup;
import io.secplat.guardian.generated.model.NodeGroupCreateAttributes;
import io.secplat.guardian.generated.model.NodeGroupMembership;
import io.secplat.guardian.generated.model.NodeGroupScanOptions;
import io.secplat.guardian.generated.model.NodeGroupScanOptionsRequest.OptionNameEnum;
import io.secplat.guardian.generated.model.NodeGroupUpdateAttributes;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Node groups against the Guardian mock: records, lookup, membership from the group side, the rest. */
class GuardianNodeGroupsTest extends GuardianMockTestBase {

  @Test
  void createsUpdatesAndDeletesANodeGroup() {
    NodeGroup web = guardian.nodeGroups().create(new NodeGroupCreateAttributes().name("Web").nodeRules("^web"));
    assertThat(lastCall()).isEqualTo("POST /api/v2/node_groups.json");
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"node_group\":{\"name\":\"Web\",\"node_rules\":\"^web\"}}");
    assertThat(web.getId()).isEqualTo(1001L);
    assertThat(web.getSearchQuery()).isEmpty();

    guardian.nodeGroups().update(web.getId(), new NodeGroupUpdateAttributes().description("Web servers"));
    assertThat(lastCall()).isEqualTo("PUT /api/v2/node_groups/1001.json");
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"node_group\":{\"description\":\"Web servers\"}}");
    assertThat(guardian.nodeGroups().get(web.getId()).getDescription()).isEqualTo("Web servers");
    assertThat(guardian.nodeGroups().list().stream().map(NodeGroup::getName).collect(Collectors.toList()))
        .containsExactly("IIS", "Linux", "Web");

    guardian.nodeGroups().delete(web.getId());
    assertThat(lastCall()).isEqualTo("DELETE /api/v2/node_groups/1001.json");
    assertThat(guardian.nodeGroups().lookup("Web")).isEmpty();
    assertThatThrownBy(() -> guardian.nodeGroups().get(web.getId())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aNodeGroupWithoutNameIsRefusedBeforeSending() {
    assertThatThrownBy(() -> guardian.nodeGroups().create(new NodeGroupCreateAttributes().description("nameless")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("attributes.name must not be null");
    assertThat(requests()).isEmpty();
  }

  @Test
  void theMockAnswers422ForANameThatIsBlankOnTheWire() {
    assertThatThrownBy(() -> guardian.api(io.secplat.guardian.generated.api.NodeGroupsApi.class).createNodeGroup(
        new io.secplat.guardian.generated.model.NodeGroupCreateRequest().nodeGroup(new NodeGroupCreateAttributes().name(" "))))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.getMessage()).endsWith("answered HTTP 422: Name can't be blank");
        });
  }

  @Test
  void lookupFindsTheIdAndAMissIsEmpty() {
    assertThat(guardian.nodeGroups().lookup("IIS")).contains(1L);
    assertThat(lastCall()).isEqualTo("GET /api/v2/node_groups/lookup.json?name=IIS");
    assertThat(guardian.nodeGroups().lookup("Nope")).isEmpty();
  }

  @Test
  void membershipChangesAreKept() {
    assertThat(guardian.nodeGroups().nodes(1).stream().map(Node::getId).collect(Collectors.toList()))
        .containsExactly(311L, 312L, 313L);

    NodeGroupMembership one = guardian.nodeGroups().addNode(1, 340);
    assertThat(lastCall()).isEqualTo("POST /api/v2/node_groups/1/add_node.json?node_id=340");
    assertThat(one.getNodeGroupId()).isEqualTo(1L);
    assertThat(one.getNodeId()).isEqualTo(340L);

    List<NodeGroupMembership> more = guardian.nodeGroups().addNodes(1, List.of(341L, 342L));
    assertThat(lastCall()).isEqualTo("POST /api/v2/node_groups/1/add_nodes.json?node_ids%5B%5D=341&node_ids%5B%5D=342");
    assertThat(more).extracting(NodeGroupMembership::getNodeId).containsExactly(341L, 342L);

    guardian.nodeGroups().removeNode(1, 312);
    assertThat(lastCall()).isEqualTo("POST /api/v2/node_groups/1/remove_node.json?node_id=312");
    assertThat(guardian.nodeGroups().nodes(1, 2).stream().map(Node::getId).collect(Collectors.toList()))
        .containsExactly(311L, 313L, 340L, 341L, 342L);
    assertThat(calls().subList(calls().size() - 3, calls().size())).containsExactly(
        "GET /api/v2/node_groups/1/nodes.json?page=1&per_page=2",
        "GET /api/v2/node_groups/1/nodes.json?page=2&per_page=2",
        "GET /api/v2/node_groups/1/nodes.json?page=3&per_page=2");
    assertThat(guardian.nodes().nodeGroups(341)).extracting(NodeGroup::getName).containsExactly("IIS");
  }

  @Test
  void addingAnUnknownNodeIsNotFound() {
    assertThatThrownBy(() -> guardian.nodeGroups().addNodes(1, List.of(311L, 9999L))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> guardian.nodeGroups().addNode(77, 311)).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.path()).isEqualTo("/api/v2/node_groups/77/add_node.json"));
  }

  @Test
  void scansComparesAndConfiguresANodeGroup() {
    assertThat(guardian.nodeGroups().scan(1).getSourceType()).isEqualTo(11);
    assertThat(lastCall()).isEqualTo("POST /api/v2/node_groups/1/scan.json");
    assertThat(guardian.nodeGroups().compareNodes(1).getNodeGroupId()).isEqualTo(1L);
    assertThat(lastCall()).isEqualTo("GET /api/v2/node_groups/1/compare_nodes.json");
    guardian.nodeGroups().compareNodes(1, 311);
    assertThat(lastCall()).isEqualTo("GET /api/v2/node_groups/1/compare_nodes.json?node_id=311");
    assertThat(guardian.nodeGroups().configuration(1).getPolicies()).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/node_groups/1/node_group_configuration.json");

    NodeGroupScanOptions options = guardian.nodeGroups().setScanOption(1, OptionNameEnum.SCAN_DIRECTORY_OPTIONS,
        List.of(Map.of("path", "/etc")));
    assertThat(lastCall()).isEqualTo("PUT /api/v2/node_groups/1/set_scan_options.json");
    assertThat(lastRequest().getBodyAsString())
        .isEqualTo("{\"option_name\":\"scan_directory_options\",\"scan_directory_options\":[{\"path\":\"/etc\"}]}");
    assertThat(options.getOptionName()).isEqualTo("scan_directory_options");
    assertThat(options.getOptionObjectArray()).containsExactly(Map.of("path", "/etc"));
  }

  @Test
  void usersAndPolicyVersionsOfANodeGroup() {
    guardian.nodeGroups().users().add(1, 7);
    assertThat(lastCall()).isEqualTo("POST /api/v2/node_groups/1/add_users.json?user_id=7");
    assertThat(guardian.nodeGroups().users().list(1)).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/node_groups/1/users.json");
    guardian.nodeGroups().users().remove(1, 7);
    assertThat(lastCall()).isEqualTo("PUT /api/v2/node_groups/1/remove_user.json?user_id=7");

    assertThat(guardian.nodeGroups().policyVersions().add(1, PolicyVersionRef.of(17)).getPolicyVersionId()).isEqualTo(17L);
    assertThat(lastCall()).isEqualTo("POST /api/v2/node_groups/1/add_policy_version.json?policy_version_id=17");
    guardian.nodeGroups().policyVersions().add(1, PolicyVersionRef.latestOf(14));
    assertThat(lastCall()).isEqualTo("POST /api/v2/node_groups/1/add_policy_version.json?policy_id=14&version=latest");
    assertThat(guardian.nodeGroups().policyVersions().list(1)).isEmpty();
    guardian.nodeGroups().policyVersions().remove(1, PolicyVersionRef.of(14, 3));
    assertThat(lastCall()).isEqualTo("POST /api/v2/node_groups/1/remove_policy_version.json?policy_id=14&version=3");
  }
}
