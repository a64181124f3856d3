package io.secplat.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.core.Secret;
import org.junit.jupiter.api.Test;

/** The client builds each part on first use and then hands out that same part. */
class JupiterOneClientPartsTest {
  @Test
  void eachPartIsBuiltOnceOnFirstUseAndThenTheSameOneIsReturned() {
    try (JupiterOneClient j1 = JupiterOneClient.builder().apiKey(Secret.of("k")).accountId("a")
        .baseUrl("http://127.0.0.1:9").build()) {
      assertThat(j1.graph()).isNotNull().isSameAs(j1.graph());
      assertThat(j1.entities()).isNotNull().isSameAs(j1.entities());
      assertThat(j1.relationships()).isNotNull().isSameAs(j1.relationships());
      assertThat(j1.alertRules()).isNotNull().isSameAs(j1.alertRules());
      assertThat(j1.questions()).isNotNull().isSameAs(j1.questions());
      assertThat(j1.integrations()).isNotNull().isSameAs(j1.integrations());
      assertThat(j1.auditEvents()).isNotNull().isSameAs(j1.auditEvents());
      assertThat(j1.iam()).isNotNull().isSameAs(j1.iam());
      assertThat(j1.sync()).isNotNull().isSameAs(j1.sync());
      assertThat(j1.rawData()).isNotNull().isSameAs(j1.rawData());
    }
  }
}
