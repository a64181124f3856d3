package io.secplat.cli;

import static io.secplat.veza.query.Node.node;

import io.secplat.britive.BritiveClient;
import io.secplat.core.contract.ScratchRoundTrip;
import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.generated.model.NodeGroupCreateAttributes;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.veza.VezaClient;
import io.secplat.veza.query.Query;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The create/delete pairs {@code conformance --allow-writes} exercises, per vendor, each with a
 * unique {@code secplat-conformance-*} name or key: a Guardian node group, a JupiterOne entity, a
 * Britive environment group (in the application {@code --input appId} names, under
 * {@code --input parentId}, else a root group) and a Veza saved query (of the source node type
 * {@code --input nodeType}, else {@value #VEZA_NODE_TYPE}).
 */
final class ScratchObjects {
  static final String PREFIX = "secplat-conformance-";
  /** The source node type of the scratch Veza query when no {@code nodeType} input names one. */
  static final String VEZA_NODE_TYPE = "OktaUser";
  private static final String DESCRIPTION = "scratch object of a conformance run; deleted by it";

  private ScratchObjects() {}

  /**
   * @param vendor the vendor
   * @param inputs the run's {@code --input} values, by parameter name
   * @return the vendor's round trips
   */
  static List<ScratchRoundTrip> of(Vendor<?> vendor, Map<String, String> inputs) {
    if (vendor == Vendor.GUARDIAN) {
      return List.of(ScratchRoundTrip.of(GuardianClient.class, "createNodeGroup/deleteNodeGroup",
          guardian -> String.valueOf(guardian.nodeGroups().create(new NodeGroupCreateAttributes().name(unique())
              .description(DESCRIPTION)).getId()),
          (guardian, id) -> guardian.nodeGroups().delete(Long.parseLong(id))));
    }
    if (vendor == Vendor.JUPITERONE) {
      return List.of(ScratchRoundTrip.of(JupiterOneClient.class, "createEntity/deleteEntity",
          j1 -> j1.entities().create(unique(), "secplat_conformance_scratch", java.util.List.of("Record"), Map.of()).getEntity().get_id(),
          (j1, id) -> j1.entities().delete(id)));
    }
    if (vendor == Vendor.BRITIVE) {
      String appId = inputs.get("appId");
      String parentId = inputs.getOrDefault("parentId", "");
      return List.of(ScratchRoundTrip.of(BritiveClient.class, "createEnvironmentGroup/deleteEnvironmentGroup",
          britive -> {
            if (appId == null || appId.isBlank()) {
              throw new IllegalArgumentException("a scratch environment group needs the application: --input appId=ID");
            }
            return britive.environments().createGroup(appId, unique(), parentId, DESCRIPTION).getId();
          },
          (britive, id) -> britive.environments().deleteGroup(appId, id)));
    }
    if (vendor == Vendor.VEZA) {
      String nodeType = inputs.getOrDefault("nodeType", VEZA_NODE_TYPE);
      return List.of(ScratchRoundTrip.of(VezaClient.class, "CreateAssessmentQuery/DeleteAssessmentQuery",
          veza -> veza.savedQueries().create(unique(), DESCRIPTION, Query.from(node(nodeType)).build()),
          (veza, id) -> veza.savedQueries().delete(id, false)));
    }
    return List.of();
  }

  private static String unique() {
    return PREFIX + UUID.randomUUID();
  }
}
