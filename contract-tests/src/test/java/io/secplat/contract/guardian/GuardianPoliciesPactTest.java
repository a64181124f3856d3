package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.emptyArray;
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
import io.secplat.guardian.FileCheck;
import io.secplat.guardian.FileCheckType;
import io.secplat.guardian.LatestResultsOptions;
import io.secplat.guardian.generated.model.PolicyCreateAttributes;
import io.secplat.guardian.generated.model.PolicyUpdateAttributes;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Policies: the records, lookups, target nodes, versions, file checks and results (JSON and PDF). */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianPoliciesPactTest {
  static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact policyRecords(PactDslWithProvider builder) {
    String state = "policy 1 exists";
    return GuardianPact.interactions(builder)
        .get(state, "getPolicyTemplate", "a request for the skeleton of a policy", "/api/v2/policies/new.json",
            object(o -> o.object("policy").closeObject()))
        .get(state, "listPolicies", "a request for the policies", "/api/v2/policies.json?page=1&per_page=20", array(1, GuardianPact::policy))
        .call(state, "createPolicy", "a request to create a policy", "POST", "/api/v2/policies.json",
            json(object(o -> o.object("policy").stringValue("name", "Basic user permissions.")
                .integerType("operating_system_family_id", 2L).closeObject())), status(201, object(GuardianPact::policy)))
        .get(state, "getPolicy", "a request for a policy", "/api/v2/policies/1.json", object(GuardianPact::policy))
        .call(state, "updatePolicy", "a request to change the description of a policy", "PUT", "/api/v2/policies/1.json",
            json(object(o -> o.object("policy").stringValue("description", "Stricter").closeObject())), noContent())
        .call(state, "deletePolicy", "a request to delete a policy", "DELETE", "/api/v2/policies/1.json", UnaryOperator.identity(),
            noContent())
        .get(state, "lookupPolicy", "a lookup of a policy by name", "/api/v2/policies/lookup.json?name=Basic user permissions.",
            object(o -> o.integerType("policy_id", 1L)))
        .get("policy 1 has the short description Users", "lookupPolicy", "a lookup of a policy by short description",
            "/api/v2/policies/lookup.json?short_description=Users",
            object(o -> o.integerType("policy_id", 1L)))
        .miss(state, "lookupPolicy", "a lookup of a policy that does not exist", "/api/v2/policies/lookup.json?name=ghost")
        .call(state, "getPolicyTargetNodes", "a request for the nodes a policy applies to (a JSON string holding a list)", "GET",
            "/api/v2/policies/1/target_nodes.json", UnaryOperator.identity(),
            request -> request.willRespondWith().status(200).body("\"[53,61,62]\"", "application/json"))
        .get(state, "listPolicyVersions", "a request for the versions of a policy", "/api/v2/policies/1/versions.json", emptyArray())
        .call(state, "addFileCheckToPolicy", "a request to add a file check that makes a new version", "POST",
            "/api/v2/policies/1/add_file_check.json?section=files&file_path=/etc/ssh/sshd_config&attr=contents&check=includes"
                + "&expected=PermitRootLogin no&absent_pass=false",
            UnaryOperator.identity(),
            status(201, object(o -> o.integerType("policy_version_id", 44L).stringType("tag", "v2").integerType("version", 2))))
        .call("policy 1 has the file check section=files file_path=/etc/motd attr=contents check=present expected=true",
            "addFileCheckToPolicy", "a request to add a file check the policy already has", "POST",
            "/api/v2/policies/1/add_file_check.json?section=files&file_path=/etc/motd&attr=contents&check=present&expected=true",
            UnaryOperator.identity(), noContent())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "policyRecords")
  void policyRecords(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.policies().template().getName()).isNull();
      assertThat(guardian.policies().list().stream().count()).isEqualTo(1);
      assertThat(guardian.policies().create(new PolicyCreateAttributes().name("Basic user permissions.").operatingSystemFamilyId(2L))
          .getId()).isEqualTo(1L);
      assertThat(guardian.policies().get(1).getOperatingSystemId()).isEqualTo(211L);
      guardian.policies().update(1, new PolicyUpdateAttributes().description("Stricter"));
      guardian.policies().delete(1);
      assertThat(guardian.policies().lookup("Basic user permissions.")).contains(1L);
      assertThat(guardian.policies().lookupByShortDescription("Users")).contains(1L);
      assertThat(guardian.policies().lookup("ghost")).isEmpty();
      assertThat(guardian.policies().targetNodes(1)).containsExactly(53L, 61L, 62L);
      assertThat(guardian.policies().versions(1)).isEmpty();
      assertThat(guardian.policies().addFileCheck(1, new FileCheck("files", "/etc/ssh/sshd_config", "contents",
          FileCheckType.INCLUDES, "PermitRootLogin no").withAbsentPass(false))).hasValueSatisfying(v -> assertThat(v.getVersion()).isEqualTo(2));
      assertThat(guardian.policies().addFileCheck(1, new FileCheck("files", "/etc/motd", "contents", FileCheckType.PRESENT, "true")))
          .isEmpty();
    }
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact policyResults(PactDslWithProvider builder) {
    String state = "policy 1 has results";
    return GuardianPact.interactions(builder)
        .get(state, "listPolicySummaryResults", "a request for the summary results of the policies",
            "/api/v2/policies/summary_results.json?page=1&per_page=20", emptyArray())
        .get(state, "getPolicyLatestResults", "a request for the failed latest results of a policy on a node",
            "/api/v2/policies/1/latest_results.json?failed_only=true&include_type_stats=true&node_id=311",
            object(o -> o.array("policy_stats").closeArray()))
        .call(state, "getPolicyLatestResults", "a request for the latest results of a policy as PDF", "GET",
            "/api/v2/policies/1/latest_results.pdf", UnaryOperator.identity(),
            request -> request.willRespondWith().status(200).withBinaryData(PDF, "application/pdf"))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "policyResults")
  void policyResults(MockServer server) throws Exception {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.policies().results().summary().stream().count()).isZero();
      assertThat(guardian.policies().results().latest(1, LatestResultsOptions.defaults().withFailedOnly(true).withIncludeTypeStats(true)
          .withNode(311)).getPolicyStats()).isEmpty();
      try (java.io.InputStream pdf = guardian.policies().results().latestPdf(1, LatestResultsOptions.defaults())) {
        assertThat(pdf.readAllBytes()).isEqualTo(PDF);
      }
    }
  }
}
