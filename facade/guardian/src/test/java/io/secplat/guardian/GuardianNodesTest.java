package io.secplat.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.core.error.NotFoundException;
import io.secplat.guardian.generated.model.Node;
import io.secplat.guardian.generated.model.NodeCreateAttributes;
import io.secplat.guardian.generated.model.NodeGroup;
import io.secplat.guardian.generated.model.NodeGroupMembership;
import io.secplat.guardian.generated.model.NodeUpdateAttributes;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Nodes against the Guardian mock: records, paging, lookups, membership, counts. */
class GuardianNodesTest extends GuardianMockTestBase {

  @Test
  void fortyFiveNodesInPagesOfTwentyTakeExactlyThreeRequests() {
    List<Node> nodes = guardian.nodes().list().stream().collect(Collectors.toList());

    assertThat(nodes).hasSize(45);
    assertThat(nodes.get(0).getName()).isEqualTo("prod01");
    assertThat(nodes.get(44).getName()).isEqualTo("prod01-44");
    assertThat(calls()).containsExactly(
        "GET /api/v2/nodes.json?page=1&per_page=20",
        "GET /api/v2/nodes.json?page=2&per_page=20",
        "GET /api/v2/nodes.json?page=3&per_page=20");
  }

  @Test
  void exactlyFortyNodesTakeThreeRequestsAndStopOnTheEmptyPage() {
    List<Node> nodes = guardian.environments().nodes(30).stream().collect(Collectors.toList());

    assertThat(nodes).hasSize(40).allSatisfy(node -> assertThat(node.getEnvironmentId()).isEqualTo(30L));
    assertThat(calls()).containsExactly(
        "GET /api/v2/environments/30/nodes.json?page=1&per_page=20",
        "GET /api/v2/environments/30/nodes.json?page=2&per_page=20",
        "GET /api/v2/environments/30/nodes.json?page=3&per_page=20");
  }

  @Test
  void pagesAreFetchedOnlyAsTheCallerReads() {
    assertThat(guardian.nodes().list(NodeListOptions.defaults().withPerPage(10)).stream().limit(15).count()).isEqualTo(15);
    assertThat(calls()).containsExactly("GET /api/v2/nodes.json?page=1&per_page=10", "GET /api/v2/nodes.json?page=2&per_page=10");
  }

  @Test
  void filtersTravelAsQueryParameters() {
    List<Node> found = guardian.nodes().list(NodeListOptions.defaults().withStatus(NodeStatus.ACTIVE)
        .withLastScanStatus(ScanStatus.ALL_FAILURES).withName("prod01-7")).stream().collect(Collectors.toList());

    assertThat(found).extracting(Node::getId).containsExactly(318L);
    assertThat(lastCall())
        .isEqualTo("GET /api/v2/nodes.json?last_scan_status=all_failures&name=prod01-7&page=1&per_page=20&status=active");
  }

  @Test
  void createsReadsUpdatesAndDeletesANodeWithoutShowingTheRootKey() {
    Node created = guardian.nodes().create(new NodeCreateAttributes().name("web01").nodeType("SV").mediumType(3)
        .mediumHostname("web01.example.com").mediumUsername("guardian").mediumPassword("s3cret").environmentId(30L));
    assertThat(lastCall()).isEqualTo("POST /api/v2/nodes.json");
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"node\":{\"name\":\"web01\",\"node_type\":\"SV\","
        + "\"environment_id\":30,\"medium_type\":3,\"medium_hostname\":\"web01.example.com\","
        + "\"medium_username\":\"guardian\",\"medium_password\":\"s3cret\"}}");
    assertThat(created.getId()).isEqualTo(1001L);
    assertThat(created.getName()).isEqualTo("web01");

    guardian.nodes().update(created.getId(), new NodeUpdateAttributes().shortDescription("front end"));
    assertThat(lastCall()).isEqualTo("PUT /api/v2/nodes/1001.json");
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"node\":{\"short_description\":\"front end\"}}");
    Node read = guardian.nodes().get(created.getId());
    assertThat(read.getShortDescription()).isEqualTo("front end");
    assertThat(read.getMediumHostname()).isEqualTo("web01.example.com");

    guardian.nodes().delete(created.getId());
    assertThat(lastCall()).isEqualTo("DELETE /api/v2/nodes/1001.json");
    assertThatThrownBy(() -> guardian.nodes().get(created.getId()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("Guardian GET /api/v2/nodes/1001.json answered HTTP 404: Not Found");
          assertThat(e.path()).isEqualTo("/api/v2/nodes/1001.json");
        });
  }

  @Test
  void lookupsFindIdsAndAMissIsAnEmptyOptional() {
    assertThat(guardian.nodes().lookupByName("prod01-3")).contains(314L);
    assertThat(guardian.nodes().lookupByExternalId("i-12345-4")).contains(315L);
    assertThat(guardian.nodes().lookupBySsh("jenkins-5.company.com", "guardian")).contains(316L);
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/lookup.json?ssh_hostname=jenkins-5.company.com&ssh_username=guardian");
    assertThat(guardian.nodes().lookupBySsh("jenkins-5.company.com", "guardian", 22)).contains(316L);

    assertThat(guardian.nodes().lookupByName("no-such-node")).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/lookup.json?name=no-such-node");
    assertThat(guardian.nodes().lookupBySsh("jenkins-5.company.com", "guardian", 2222)).isEmpty();
  }

  @Test
  void aNodeJoinsAndLeavesANodeGroup() {
    NodeGroupMembership membership = guardian.nodes().addToNodeGroup(320, 2);
    assertThat(membership.getNodeId()).isEqualTo(320L);
    assertThat(membership.getNodeGroupId()).isEqualTo(2L);
    assertThat(lastCall()).isEqualTo("POST /api/v2/nodes/320/add_to_node_group.json?node_group_id=2");
    assertThat(guardian.nodes().nodeGroups(320)).extracting(NodeGroup::getName).containsExactly("Linux");

    guardian.nodes().removeFromNodeGroup(320, 2);
    assertThat(lastCall()).isEqualTo("POST /api/v2/nodes/320/remove_from_node_group.json?node_group_id=2");
    assertThat(guardian.nodes().nodeGroups(320)).isEmpty();
    assertThatThrownBy(() -> guardian.nodes().removeFromNodeGroup(320, 2)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void statusCountsFollowTheScope() {
    assertThat(guardian.nodes().statusCounts(Scope.organisation()).getTotal()).isEqualTo(45);
    assertThat(guardian.nodes().statusCounts(Scope.environment(31)).getTotal()).isEqualTo(5);
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/status_counts.json?environment_id=31");
    assertThat(guardian.nodes().statusCounts(Scope.nodeGroup(1)).getTotal()).isEqualTo(3);
  }

  @Test
  void theTemplateIsTheSeedsSkeleton() {
    assertThat(guardian.nodes().template().getMediumHostname()).isEqualTo("jenkins.company.com");
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/new.json");
  }
}
