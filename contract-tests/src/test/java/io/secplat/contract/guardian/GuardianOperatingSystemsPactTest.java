package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.json;
import static io.secplat.contract.guardian.GuardianPact.object;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.guardian.GuardianClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Operating Systems and Operating System Families. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianOperatingSystemsPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact operatingSystems(PactDslWithProvider builder) {
    String state = "Windows 2012 Server is known";
    return GuardianPact.interactions(builder)
        .get(state, "listOperatingSystemFamilies", "a request for the operating system families", "/api/v2/operating_system_families.json",
            array(1, o -> o.integerType("id", 1L).stringType("name", "Windows")))
        .get(state, "getOperatingSystemFamily", "a request for an operating system family", "/api/v2/operating_system_families/1.json",
            object(o -> o.integerType("id", 1L).stringType("name", "Windows")))
        .get(state, "listOperatingSystems", "a request for the operating systems", "/api/v2/operating_systems.json",
            array(1, o -> o.integerType("id", 123L).stringType("name", "Windows").integerType("operating_system_family_id", 1L)
                .stringType("description", "Windows 2012 Server")))
        .get(state, "getOperatingSystem", "a request for an operating system", "/api/v2/operating_systems/123.json",
            object(o -> o.integerType("id", 123L).stringType("name", "Windows").integerType("operating_system_family_id", 1L)
                .stringType("description", "Windows 2012 Server")))
        .get(state, "lookupOperatingSystem", "a lookup of an operating system", "/api/v2/operating_systems/lookup.json?query=Windows 2012",
            object(o -> o.integerType("operating_system_family_id", 1L).stringType("operating_system_family", "Windows")
                .integerType("operating_system_id", 123L).stringType("operating_system_name", "Windows 2012 Server")))
        .miss(state, "lookupOperatingSystem", "a lookup of an operating system that is not known",
            "/api/v2/operating_systems/lookup.json?query=Plan 9")
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "operatingSystems")
  void operatingSystems(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.operatingSystemFamilies().list()).singleElement().satisfies(f -> assertThat(f.getName()).isEqualTo("Windows"));
      assertThat(guardian.operatingSystemFamilies().get(1).getId()).isEqualTo(1L);
      assertThat(guardian.operatingSystems().list()).hasSize(1);
      assertThat(guardian.operatingSystems().get(123).getOperatingSystemFamilyId()).isEqualTo(1L);
      assertThat(guardian.operatingSystems().lookup("Windows 2012"))
          .hasValueSatisfying(os -> assertThat(os.getOperatingSystemName()).isEqualTo("Windows 2012 Server"));
      assertThat(guardian.operatingSystems().lookup("Plan 9")).isEmpty();
    }
  }
}
