package io.secplat.cli;

import io.secplat.core.contract.ScratchRoundTrip;
import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.generated.model.NodeGroupCreateAttributes;
import io.secplat.jupiterone.JupiterOneClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The create/delete pairs {@code conformance --allow-writes} exercises, per vendor: a Guardian node
 * group and a JupiterOne entity, each with a unique {@code secplat-conformance-*} name or key.
 * Britive (an environment group needs a parent chosen by the tenant's owner) and Veza (a saved
 * query needs a query spec) have none yet.
 */
final class ScratchObjects {
  static final String PREFIX = "secplat-conformance-";

  private ScratchObjects() {}

  static List<ScratchRoundTrip> of(Vendor<?> vendor) {
    if (vendor == Vendor.GUARDIAN) {
      return List.of(ScratchRoundTrip.of(GuardianClient.class, "createNodeGroup/deleteNodeGroup",
          guardian -> String.valueOf(guardian.nodeGroups().create(new NodeGroupCreateAttributes().name(unique())
              .description("scratch object of a conformance run; deleted by it")).getId()),
          (guardian, id) -> guardian.nodeGroups().delete(Long.parseLong(id))));
    }
    if (vendor == Vendor.JUPITERONE) {
      return List.of(ScratchRoundTrip.of(JupiterOneClient.class, "createEntity/deleteEntity",
          j1 -> j1.entities().create(unique(), "secplat_conformance_scratch", java.util.List.of("Record"), Map.of()).getEntity().get_id(),
          (j1, id) -> j1.entities().delete(id)));
    }
    return List.of();
  }

  private static String unique() {
    return PREFIX + UUID.randomUUID();
  }
}
