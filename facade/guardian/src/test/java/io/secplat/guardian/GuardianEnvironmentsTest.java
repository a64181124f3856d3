package io.secplat.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.core.error.NotFoundException;
import io.secplat.guardian.generated.model.Environment;
import io.secplat.guardian.generated.model.EnvironmentCreateAttributes;
import io.secplat.guardian.generated.model.EnvironmentUpdateAttributes;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Environments against the Guardian mock. */
class GuardianEnvironmentsTest extends GuardianMockTestBase {

  @Test
  void createsUpdatesLooksUpAndDeletesAnEnvironment() {
    Environment dev = guardian.environments().create(new EnvironmentCreateAttributes().name("Development")
        .shortDescription("Dev boxes"));
    assertThat(lastCall()).isEqualTo("POST /api/v2/environments.json");
    assertThat(lastRequest().getBodyAsString())
        .isEqualTo("{\"environment\":{\"name\":\"Development\",\"short_description\":\"Dev boxes\"}}");
    assertThat(dev.getId()).isEqualTo(1001L);
    assertThat(dev.getOrganisationId()).isEqualTo(123L);

    guardian.environments().update(dev.getId(), new EnvironmentUpdateAttributes().weight(5));
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"environment\":{\"weight\":5}}");
    assertThat(guardian.environments().get(dev.getId()).getWeight()).isEqualTo(5);
    assertThat(guardian.environments().lookup("Development")).contains(1001L);
    assertThat(guardian.environments().list().stream().map(Environment::getName).collect(Collectors.toList()))
        .containsExactly("Production", "Staging", "Development");

    guardian.environments().delete(dev.getId());
    assertThat(lastCall()).isEqualTo("DELETE /api/v2/environments/1001.json");
    assertThat(guardian.environments().lookup("Development")).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/environments/lookup.json?name=Development");
    assertThatThrownBy(() -> guardian.environments().report(dev.getId())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void templateReportAndNodesOfAnEnvironment() {
    assertThat(guardian.environments().template().getName()).isNull();
    assertThat(lastCall()).isEqualTo("GET /api/v2/environments/new.json");
    assertThat(guardian.environments().report(30).getDate()).isEqualTo("2014-04-15T00:08:02-07:00");
    assertThat(guardian.environments().nodes(31, 100).stream().count()).isEqualTo(5);
    assertThat(lastCall()).isEqualTo("GET /api/v2/environments/31/nodes.json?page=1&per_page=100");
  }
}
