package io.secplat.testkit;

import static io.secplat.veza.query.Node.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.britive.BritiveClient;
import io.secplat.core.error.ServerException;
import io.secplat.guardian.GuardianClient;
import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.veza.NodeListOptions;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.veza.VezaClient;
import io.secplat.veza.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the extension promises (the README's own test-kit example runs in ReadmeSnippetsTest). */
@ExtendWith(SecplatMocks.class)
class SecplatMocksTest {

  @Test
  void retriesAThrottledRead(BritiveClient britive, MockProviders mocks) {
    mocks.faults().next("/api/apps/.*", MockFault.status(429).retryAfter("0"));
    assertThat(britive.environments().list("app-1")).isNotEmpty();
  }

  @Test
  void givesUpAfterRepeatedServerErrors(BritiveClient britive, MockProviders mocks) {
    mocks.faults().always("/api/apps/.*", MockFault.status(503));
    assertThatThrownBy(() -> britive.environments().list("app-1")).isInstanceOf(ServerException.class);
  }

  @Test
  void stateIsFreshForEachTestAndCanBeSeeded(VezaClient veza, MockProviders mocks) {
    mocks.applyState("saved query q-kit-1 exists");
    assertThat(veza.savedQueries().get("q-kit-1").getName()).isEqualTo("Okta users without MFA");
    assertThat(veza.querySpecs().nodes(Query.from(node("OktaUser")).build(), NodeListOptions.defaults()).stream()
        .limit(3).count()).isEqualTo(3);
  }

  @Test
  void guardianStatesAreSeededByName(GuardianClient guardian, MockProviders mocks) {
    assertThat(guardian.jobs().tasks(1)).isEmpty();
    mocks.applyState("job 1 has run");
    assertThat(guardian.jobs().tasks(1)).singleElement().satisfies(task -> assertThat(task).containsEntry("status", "success"));
    mocks.applyState("node group 1 holds nodes 312 and 313");
    assertThat(guardian.nodeGroups().nodes(1).stream().map(node -> node.getId())).containsExactly(312L, 313L);
  }

  @Test
  void everyVendorIsServedOnOnePort(BritiveClient britive, VezaClient veza, GuardianClient guardian, MockProviders mocks) {
    assertThat(britive.toString()).contains(mocks.baseUrl());
    assertThat(veza.toString()).contains(mocks.baseUrl());
    assertThat(guardian.toString()).contains(mocks.baseUrl());
    assertThat(mocks.baseUrl()).startsWith("http://127.0.0.1:");
  }

  @Test
  void jupiterOneIsServedAndSeededToo(JupiterOneClient j1, MockProviders mocks) {
    mocks.applyState("entity e-kit-1 with key host-kit exists");
    assertThat(j1.graph().vertex("e-kit-1")).hasValueSatisfying(v -> assertThat(v.getEntity().get_key()).isEqualTo("host-kit"));
    assertThat(j1.query("find Person with _type='employee' return Person.name").stream().map(Object::toString))
        .containsExactly("{\"Person.name\":\"Mochi\"}");
    assertThat(j1.toString()).contains(mocks.baseUrl());
  }
}
