package io.secplat.contract.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.britive.BritiveClient;
import io.secplat.guardian.GuardianClient;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.mock.britive.BritiveMock;
import io.secplat.mock.guardian.GuardianMock;
import io.secplat.mock.jupiterone.JupiterOneMock;
import io.secplat.mock.veza.VezaMock;
import io.secplat.veza.VezaClient;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints, for each vendor, every spec operation × (façade method, pact interaction, mock provider
 * support, documented example), writes it to target/coverage.md, and fails the build naming any
 * documented operation without a façade method, a pact interaction or mock support.
 */
class CoverageIT {

  @Test
  void everyDocumentedOperationHasAFacadeMethodAPactAndAMock() throws IOException {
    List<OperationCoverage> vendors = List.of(
        OperationCoverage.of("Britive", "britive/britive.yaml", BritiveClient.class,
            "secplat-britive-facade-britive-api.json", BritiveMock::new),
        OperationCoverage.of("Veza", "veza/veza.yaml", VezaClient.class,
            "secplat-veza-facade-veza-api.json", VezaMock::new),
        OperationCoverage.of("Guardian", "guardian/guardian.yaml", GuardianClient.class,
            "secplat-guardian-facade-guardian-api.json", GuardianMock::new),
        OperationCoverage.of("JupiterOne REST", "jupiterone/jupiterone-rest.yaml", JupiterOneClient.class,
            "secplat-jupiterone-facade-jupiterone-rest-api.json", JupiterOneMock::new));
    StringBuilder report = new StringBuilder("## Operation coverage\n\n");
    List<String> gaps = new ArrayList<>();
    for (OperationCoverage vendor : vendors) {
      report.append(vendor.table());
      gaps.addAll(vendor.gaps());
    }
    GraphQlCoverage jupiterOneGraphQl = GraphQlCoverage.of("JupiterOne GraphQL", "jupiterone/jupiterone.graphqls",
        JupiterOneClient.class, "secplat-jupiterone-facade-jupiterone-graphql-api.json",
        new JupiterOneMock().graphQlRootFields().values().stream().flatMap(List::stream).toList(), "jupiterone");
    report.append(jupiterOneGraphQl.table());
    gaps.addAll(jupiterOneGraphQl.gaps());
    System.out.println(report);
    Files.writeString(OperationCoverage.report(), report);

    assertThat(gaps).as("coverage gaps").isEmpty();
    assertThat(vendors.get(0).rows()).hasSize(17);
    assertThat(vendors.get(1).rows()).hasSize(40);
    assertThat(vendors.get(2).rows()).hasSize(141);
    assertThat(vendors.get(3).rows()).hasSize(11);
    assertThat(jupiterOneGraphQl.rows()).hasSize(34);
  }
}
