package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.emptyArray;
import static io.secplat.contract.guardian.GuardianPact.json;
import static io.secplat.contract.guardian.GuardianPact.noContent;
import static io.secplat.contract.guardian.GuardianPact.object;
import static io.secplat.contract.guardian.GuardianPact.status;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.PolicyVersionRef;
import io.secplat.guardian.generated.model.Node;
import io.secplat.guardian.generated.model.NodeGroupCreateAttributes;
import io.secplat.guardian.generated.model.NodeGroupScanOptionsRequest.OptionNameEnum;
import io.secplat.guardian.generated.model.NodeGroupUpdateAttributes;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Node groups: the records, lookup, membership, comparison, scans, scan options, users, policy versions. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianNodeGroupsPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact nodeGroupRecords(PactDslWithProvider builder) {
    return GuardianPact.interactions(builder)
        .get("node group 1 exists", "listNodeGroups", "a request for the node groups", "/api/v2/node_groups.json?page=1&per_page=20",
            array(1, GuardianPact::nodeGroup))
        .call("node groups can be created", "createNodeGroup", "a request to create a node group", "POST",
            "/api/v2/node_groups.json", json(object(o -> o.object("node_group").stringValue("name", "IIS")
                .stringValue("description", "All IIS Servers").stringValue("node_rules", "^IIS").closeObject())),
            status(201, object(o -> o.integerType("organisation_id", 123L).stringType("name", "IIS")
                .stringType("description", "All IIS Servers").stringType("node_rules", "^IIS"))))
        .get("node group 1 exists", "getNodeGroup", "a request for a node group", "/api/v2/node_groups/1.json",
            object(GuardianPact::nodeGroup))
        .call("node group 1 exists", "updateNodeGroup", "a request to change the description of a node group", "PUT",
            "/api/v2/node_groups/1.json", json(object(o -> o.object("node_group").stringValue("description", "IIS web servers")
                .closeObject())), noContent())
        .call("node group 1 exists", "deleteNodeGroup", "a request to delete a node group", "DELETE", "/api/v2/node_groups/1.json",
            UnaryOperator.identity(), noContent())
        .get("node group 1 exists", "lookupNodeGroup", "a lookup of a node group by name", "/api/v2/node_groups/lookup.json?name=IIS",
            object(o -> o.integerType("node_group_id", 1L)))
        .miss("no node group is named ghost", "lookupNodeGroup", "a lookup of a node group that does not exist",
            "/api/v2/node_groups/lookup.json?name=ghost")
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "nodeGroupRecords")
  void nodeGroupRecords(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.nodeGroups().list().stream().map(g -> g.getName()).collect(Collectors.toList())).containsExactly("IIS");
      assertThat(guardian.nodeGroups().create(new NodeGroupCreateAttributes().name("IIS").description("All IIS Servers")
          .nodeRules("^IIS")).getOrganisationId()).isEqualTo(123L);
      assertThat(guardian.nodeGroups().get(1).getDiffNotify()).isFalse();
      guardian.nodeGroups().update(1, new NodeGroupUpdateAttributes().description("IIS web servers"));
      guardian.nodeGroups().delete(1);
      assertThat(guardian.nodeGroups().lookup("IIS")).contains(1L);
      assertThat(guardian.nodeGroups().lookup("ghost")).isEmpty();
    }
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact membership(PactDslWithProvider builder) {
    String state = "node group 1 and nodes 311 to 313 exist";
    String twoMembers = "node group 1 holds nodes 312 and 313";
    return GuardianPact.interactions(builder)
        .call(state, "addNodeToNodeGroup", "a request to add a node to a node group", "POST",
            "/api/v2/node_groups/1/add_node.json?node_id=311", UnaryOperator.identity(), status(201, object(GuardianPact::membership)))
        .call(state, "addNodesToNodeGroup", "a request to add two nodes to a node group", "POST",
            "/api/v2/node_groups/1/add_nodes.json?node_ids[]=312&node_ids[]=313", UnaryOperator.identity(),
            status(201, array(2, GuardianPact::membership)))
        .get(twoMembers, "listNodeGroupNodes", "a request for the first page of two nodes of a node group",
            "/api/v2/node_groups/1/nodes.json?page=1&per_page=2", array(2, GuardianPact::node))
        .get(twoMembers, "listNodeGroupNodes", "a request for the second page of two nodes of a node group",
            "/api/v2/node_groups/1/nodes.json?page=2&per_page=2", emptyArray())
        .call(state, "removeNodeFromNodeGroup", "a request to remove a node from a node group", "POST",
            "/api/v2/node_groups/1/remove_node.json?node_id=311", UnaryOperator.identity(), noContent())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "membership")
  void membership(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.nodeGroups().addNode(1, 311).getNodeId()).isEqualTo(311L);
      assertThat(guardian.nodeGroups().addNodes(1, List.of(312L, 313L))).hasSize(2);
      List<Node> nodes = guardian.nodeGroups().nodes(1, 2).stream().collect(Collectors.toList());
      assertThat(nodes).hasSize(2);
      guardian.nodeGroups().removeNode(1, 311);
    }
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact scansAndSettings(PactDslWithProvider builder) {
    String state = "node group 1 has nodes";
    PactDslJsonBody comparison = object(o -> o.integerType("node_group_id", 1L).array("nodes").closeArray());
    return GuardianPact.interactions(builder)
        .get(state, "compareNodeGroupNodes", "a request to compare the nodes of a node group",
            "/api/v2/node_groups/1/compare_nodes.json", comparison)
        .get(state, "compareNodeGroupNodes", "a request to compare the nodes of a node group with one node",
            "/api/v2/node_groups/1/compare_nodes.json?node_id=311", comparison)
        .call(state, "scanNodeGroup", "a request to scan a node group", "POST", "/api/v2/node_groups/1/scan.json",
            UnaryOperator.identity(), status(201, object(GuardianPact::job)))
        .get(state, "getNodeGroupConfiguration", "a request for the scan configuration of a node group",
            "/api/v2/node_groups/1/node_group_configuration.json", object(GuardianPact::scanConfiguration))
        .call(state, "setNodeGroupScanOptions", "a request to set the directories a node group scans", "PUT",
            "/api/v2/node_groups/1/set_scan_options.json",
            json(object(o -> o.stringValue("option_name", "scan_directory_options").array("scan_directory_options")
                .object().stringValue("path", "/etc").closeObject().closeArray())),
            status(200, object(o -> o.stringType("option_name", "scan_directory_options").array("option_object_array")
                .object().stringType("path", "/etc").closeObject().closeArray())))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "scansAndSettings")
  void scansAndSettings(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.nodeGroups().compareNodes(1).getNodeGroupId()).isEqualTo(1L);
      assertThat(guardian.nodeGroups().compareNodes(1, 311).getNodes()).isEmpty();
      assertThat(guardian.nodeGroups().scan(1).getSourceType()).isEqualTo(11);
      assertThat(guardian.nodeGroups().configuration(1).getScanOptions()).isEmpty();
      assertThat(guardian.nodeGroups().setScanOption(1, OptionNameEnum.SCAN_DIRECTORY_OPTIONS, List.of(Map.of("path", "/etc")))
          .getOptionObjectArray()).containsExactly(Map.of("path", "/etc"));
    }
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact usersAndPolicyVersions(PactDslWithProvider builder) {
    String state = "node group 1, user 7 and policy 14 exist";
    PactDslJsonBody attachment = object(o -> {
      o.integerType("id", 123L).integerType("node_group_id", 1L).integerType("policy_version_id", 17L);
      GuardianPact.timestamp(o, "created_at", "2013-12-18T14:48:31-08:00");
    });
    return GuardianPact.interactions(builder)
        .call(state, "addUserToNodeGroup", "a request to assign a user to a node group", "POST",
            "/api/v2/node_groups/1/add_users.json?user_id=7", UnaryOperator.identity(), status(201, emptyArray()))
        .get(state, "listNodeGroupUsers", "a request for the users of a node group", "/api/v2/node_groups/1/users.json", emptyArray())
        .call(state, "removeUserFromNodeGroup", "a request to unassign a user from a node group", "PUT",
            "/api/v2/node_groups/1/remove_user.json?user_id=7", UnaryOperator.identity(), noContent())
        .call(state, "addPolicyVersionToNodeGroup", "a request to attach a policy version by id", "POST",
            "/api/v2/node_groups/1/add_policy_version.json?policy_version_id=17", UnaryOperator.identity(), status(201, attachment))
        .call(state, "addPolicyVersionToNodeGroup", "a request to attach the latest version of a policy", "POST",
            "/api/v2/node_groups/1/add_policy_version.json?policy_id=14&version=latest", UnaryOperator.identity(),
            status(201, attachment))
        .get(state, "listNodeGroupPolicyVersions", "a request for the policy versions of a node group",
            "/api/v2/node_groups/1/policy_versions.json", emptyArray())
        .call(state, "removePolicyVersionFromNodeGroup", "a request to detach version 3 of a policy", "POST",
            "/api/v2/node_groups/1/remove_policy_version.json?policy_id=14&version=3", UnaryOperator.identity(), noContent())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "usersAndPolicyVersions")
  void usersAndPolicyVersions(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.nodeGroups().users().add(1, 7)).isEmpty();
      assertThat(guardian.nodeGroups().users().list(1)).isEmpty();
      guardian.nodeGroups().users().remove(1, 7);
      assertThat(guardian.nodeGroups().policyVersions().add(1, PolicyVersionRef.of(17)).getPolicyVersionId()).isEqualTo(17L);
      assertThat(guardian.nodeGroups().policyVersions().add(1, PolicyVersionRef.latestOf(14)).getNodeGroupId()).isEqualTo(1L);
      assertThat(guardian.nodeGroups().policyVersions().list(1)).isEmpty();
      guardian.nodeGroups().policyVersions().remove(1, PolicyVersionRef.of(14, 3));
    }
  }
}
