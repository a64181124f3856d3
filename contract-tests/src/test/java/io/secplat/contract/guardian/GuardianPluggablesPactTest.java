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
import io.secplat.guardian.generated.model.PluggableCreateAttributes;
import io.secplat.guardian.generated.model.PluggableUpdateAttributes;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pluggables, keyed by operating system. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianPluggablesPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact pluggables(PactDslWithProvider builder) {
    String state = "operating system 30 has a pluggable";
    return GuardianPact.interactions(builder)
        .get(state, "getPluggableTemplate", "a request for the skeleton of a pluggable", "/api/v2/pluggables/new.json",
            object(o -> o.nullValue("name").nullValue("operating_system_family_id").nullValue("script")))
        .get(state, "listPluggables", "a request for the pluggables", "/api/v2/pluggables.json?page=1&per_page=20",
            array(1, GuardianPact::pluggable))
        .call(state, "createPluggable", "a request to create a pluggable", "POST", "/api/v2/pluggables.json",
            json(object(o -> o.object("pluggable").stringValue("name", "NewOS").integerType("operating_system_id", 30L)
                .stringValue("script", "showall config").closeObject())), status(201, object(GuardianPact::pluggable)))
        .get(state, "getPluggable", "a request for the pluggable of an operating system", "/api/v2/pluggables/30.json",
            object(GuardianPact::pluggable))
        .call(state, "updatePluggable", "a request to change the script of a pluggable", "PUT", "/api/v2/pluggables/30.json",
            json(object(o -> o.object("pluggable").stringValue("script", "show running-config").closeObject())), noContent())
        .call(state, "deletePluggable", "a request to delete a pluggable", "DELETE", "/api/v2/pluggables/30.json",
            UnaryOperator.identity(), noContent())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "pluggables")
  void pluggables(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.pluggables().template().getName()).isNull();
      assertThat(guardian.pluggables().list().stream().count()).isEqualTo(1);
      assertThat(guardian.pluggables().create(new PluggableCreateAttributes().name("NewOS").operatingSystemId(30L)
          .script("showall config")).getOperatingSystemId()).isEqualTo(30L);
      assertThat(guardian.pluggables().get(30).getScript()).isEqualTo("showall config");
      guardian.pluggables().update(30, new PluggableUpdateAttributes().script("show running-config"));
      guardian.pluggables().delete(30);
    }
  }
}
