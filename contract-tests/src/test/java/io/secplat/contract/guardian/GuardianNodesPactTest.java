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
import io.secplat.guardian.NodeListOptions;
import io.secplat.guardian.NodeStatus;
import io.secplat.guardian.Scope;
import io.secplat.guardian.generated.model.Node;
import io.secplat.guardian.generated.model.NodeCreateAttributes;
import io.secplat.guardian.generated.model.NodeUpdateAttributes;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Nodes: listing across pages, the records, lookups (hit and miss), group membership, counts. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianNodesPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact listNodes(PactDslWithProvider builder) {
    return GuardianPact.interactions(builder)
        .get("three active nodes", "listNodes", "a request for the first page of two active nodes",
            "/api/v2/nodes.json?status=active&page=1&per_page=2", array(2, GuardianPact::node))
        .get("three active nodes", "listNodes", "a request for the second page of two active nodes",
            "/api/v2/nodes.json?status=active&page=2&per_page=2", array(1, GuardianPact::node))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listNodes")
  void listNodes(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      List<Node> nodes = guardian.nodes().list(NodeListOptions.defaults().withStatus(NodeStatus.ACTIVE).withPerPage(2))
          .stream().collect(Collectors.toList());
      assertThat(nodes).hasSize(3).allSatisfy(node -> assertThat(node.getName()).isEqualTo("prod01"));
    }
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact nodeRecords(PactDslWithProvider builder) {
    return GuardianPact.interactions(builder)
        .get("nodes can be registered", "getNodeTemplate", "a request for the skeleton of a node", "/api/v2/nodes/new.json",
            object(o -> o.stringType("name", "prod01").stringType("node_type", "SV").integerType("medium_type", 1)
                .stringType("medium_hostname", "jenkins.company.com")))
        .call("nodes can be registered", "createNode", "a request to register a node", "POST", "/api/v2/nodes.json",
            json(object(o -> o.object("node").stringValue("name", "prod01").stringValue("node_type", "SV")
                .integerType("environment_id", 2L).integerType("medium_type", 1)
                .stringValue("medium_hostname", "jenkins.company.com").closeObject())),
            status(201, object(GuardianPact::createdNode)))
        .get("node 311 exists", "getNode", "a request for a node", "/api/v2/nodes/311.json", object(GuardianPact::node))
        .call("node 311 exists", "updateNode", "a request to change the short description of a node", "PUT",
            "/api/v2/nodes/311.json", json(object(o -> o.object("node").stringValue("short_description", "Main web node")
                .closeObject())), noContent())
        .call("node 311 exists", "deleteNode", "a request to delete a node", "DELETE", "/api/v2/nodes/311.json",
            UnaryOperator.identity(), noContent())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "nodeRecords")
  void nodeRecords(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.nodes().template().getMediumHostname()).isEqualTo("jenkins.company.com");
      Node created = guardian.nodes().create(new NodeCreateAttributes().name("prod01").nodeType("SV").environmentId(2L)
          .mediumType(1).mediumHostname("jenkins.company.com"));
      assertThat(created.getId()).isEqualTo(311L);
      assertThat(guardian.nodes().get(311).getExternalId()).isEqualTo("i-12345");
      guardian.nodes().update(311, new NodeUpdateAttributes().shortDescription("Main web node"));
      guardian.nodes().delete(311);
    }
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact lookupNode(PactDslWithProvider builder) {
    return GuardianPact.interactions(builder)
        .get("node prod01 exists", "lookupNode", "a lookup of a node by name", "/api/v2/nodes/lookup.json?name=prod01",
            object(o -> o.integerType("node_id", 311L)))
        .get("node prod01 exists", "lookupNode", "a lookup of a node by external id",
            "/api/v2/nodes/lookup.json?external_id=i-12345", object(o -> o.integerType("node_id", 311L)))
        .get("node prod01 exists", "lookupNode", "a lookup of a node by its SSH connection",
            "/api/v2/nodes/lookup.json?ssh_hostname=jenkins.company.com&ssh_username=guardian",
            object(o -> o.integerType("node_id", 311L)))
        .get("node prod01 is reached over SSH on port 2222", "lookupNode", "a lookup of a node by its SSH connection on a port",
            "/api/v2/nodes/lookup.json?ssh_hostname=jenkins.company.com&ssh_username=guardian&ssh_port=2222",
            object(o -> o.integerType("node_id", 311L)))
        .miss("no node is named ghost", "lookupNode", "a lookup of a node that does not exist", "/api/v2/nodes/lookup.json?name=ghost")
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "lookupNode")
  void lookupNode(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.nodes().lookupByName("prod01")).contains(311L);
      assertThat(guardian.nodes().lookupByExternalId("i-12345")).contains(311L);
      assertThat(guardian.nodes().lookupBySsh("jenkins.company.com", "guardian")).contains(311L);
      assertThat(guardian.nodes().lookupBySsh("jenkins.company.com", "guardian", 2222)).contains(311L);
      assertThat(guardian.nodes().lookupByName("ghost")).isEmpty();
    }
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact nodeGroupsOfANode(PactDslWithProvider builder) {
    return GuardianPact.interactions(builder)
        .call("node 311 and node group 1 exist", "addToNodeGroup", "a request to add a node to a node group", "POST",
            "/api/v2/nodes/311/add_to_node_group.json?node_group_id=1", UnaryOperator.identity(),
            status(201, object(GuardianPact::membership)))
        .get("node 311 is in node group 1", "listNodeGroupsOfNode", "a request for the node groups of a node",
            "/api/v2/nodes/311/node_groups.json", array(1, GuardianPact::nodeGroup))
        .call("node 311 is in node group 1", "removeFromNodeGroup", "a request to remove a node from a node group", "POST",
            "/api/v2/nodes/311/remove_from_node_group.json?node_group_id=1", UnaryOperator.identity(), noContent())
        .get("environment 30 has nodes", "getNodeStatusCounts", "a request for the node counts of an environment",
            "/api/v2/nodes/status_counts.json?environment_id=30",
            object(o -> o.integerType("total", 40).integerType("failed", 2).integerType("unmanaged", 0)))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "nodeGroupsOfANode")
  void nodeGroupsOfANode(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.nodes().addToNodeGroup(311, 1).getNodeGroupId()).isEqualTo(1L);
      assertThat(guardian.nodes().nodeGroups(311)).singleElement().satisfies(group -> assertThat(group.getName()).isEqualTo("IIS"));
      guardian.nodes().removeFromNodeGroup(311, 1);
      assertThat(guardian.nodes().statusCounts(Scope.environment(30)).getFailed()).isEqualTo(2);
    }
  }
}
