package io.secplat.contract.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.britive.BritiveClient;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.contract.Conformance;
import io.secplat.core.contract.ConformanceReport;
import io.secplat.core.contract.ConformanceRow;
import io.secplat.guardian.GuardianClient;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.mock.MockProviders;
import io.secplat.mock.Vendors;
import io.secplat.veza.VezaClient;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Conformance.of(client).run()} against the mock providers of all four vendors: every
 * read-only operation of each façade is {@code ok}, or {@code skipped} with a reason, and no more
 * than 10 % are skipped.
 */
class ConformanceTest {
  private static MockProviders mocks;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, Vendors.all());
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @Test
  void britiveConformsWithTheAppGivenAsInput() {
    try (BritiveClient britive = BritiveClient.builder().baseUrl(mocks.baseUrl()).token(Secret.of("mock-token-0001"))
        .retryPolicy(RetryPolicy.none()).strictContracts().build()) {
      assertConforms(Conformance.of(britive).input("appId", "app-1").run(), 11);
    }
  }

  @Test
  void vezaWithAQuerySpecAndAnalysisRequestsGivenAsInputConforms() {
    mocks.applyState("data source ds-1 of provider prov-1 exists");
    try (VezaClient veza = VezaClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("mock-api-key"))
        .retryPolicy(RetryPolicy.none()).strictContracts().build()) {
      ConformanceReport report = Conformance.of(veza)
          // the POSTs that read (x-read-only) take their question as input: a query spec by parameter name,
          // the private analyses' requests by type name
          .input("spec", "{\"query_type\":\"SOURCE_TO_DESTINATION\",\"source_node_types\":{\"nodes\":[{\"node_type\":\"OktaUser\"}]}}")
          .input("RoleExistsRequest", "{\"grantee_type\":\"SnowflakeRole\",\"resource_permissions\":"
              + "[{\"node_type\":\"SnowflakeDatabase\",\"node_id\":\"db-1\",\"raw_permissions\":[\"USAGE\"]}]}")
          .input("RoleMaintenanceRequest", "{\"grantee_type\":\"SnowflakeRole\",\"grantee_id\":\"role-1\",\"modifications\":"
              + "[{\"from_resource_permissions\":{\"node_type\":\"SnowflakeDatabase\",\"node_id\":\"db-1\",\"raw_permissions\":[\"USAGE\"]}}]}")
          .input("GetAccessRelationshipRequest", "{\"identity_id\":\"user-1\",\"identity_type\":\"SnowflakeUser\"}")
          .input("CohortRoleAnalysisRequest", "{\"cost_center\":\"CC-SALES\",\"limit\":5}")
          // node properties name data sources too (datasource_id); this one is the custom provider's
          .input("dataSourceId", "ds-1")
          .run();
      assertConforms(report, 20);
      assertThat(report.rows()).as("the POSTs that only read ran").filteredOn(row -> row.status() == ConformanceRow.Status.ok)
          .extracting(ConformanceRow::operation).contains("GetAssessmentQuerySpecResult", "GetAssessmentQuerySpecNodes",
              "GetAssessmentQuerySpecDestinationNodes", "RoleExists", "RoleMaintenance", "GetAccessRelationship",
              "CohortRoleAnalysis");
      assertThat(report.rows()).as("POSTs that are safe to repeat but write are no read-only operations")
          .extracting(ConformanceRow::operation).doesNotContain("UpdateCustomProviderIcon", "PushCustomDataSourceParts");
    }
  }

  @Test
  void vezaWithoutInputSkipsThePostsThatReadNamingTheInputTheyNeed() {
    try (VezaClient veza = VezaClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("mock-api-key"))
        .retryPolicy(RetryPolicy.none()).strictContracts().build()) {
      ConformanceReport report = Conformance.of(veza).run();
      assertThat(report.rows()).filteredOn(row -> row.operation().equals("GetAssessmentQuerySpecResult")).singleElement()
          .satisfies(row -> {
            assertThat(row.status()).isEqualTo(ConformanceRow.Status.skipped);
            assertThat(row.detail()).isEqualTo("needs input: spec (AssessmentQuerySpec as JSON)");
          });
      assertThat(report.rows()).filteredOn(row -> row.operation().equals("RoleExists")).singleElement()
          .satisfies(row -> assertThat(row.detail()).isEqualTo("needs input: request (RoleExistsRequest as JSON)"));
    }
  }

  @Test
  void guardianWithRecordsInEveryListingConforms() {
    // a tenant with data: listings the spec documents as empty only hold records once seeded
    for (String state : new String[] {"node group 1, user 2 and policy 3 exist",
        "ServiceNow synchronised change request 4 and incident 12", "CIS benchmark 1 has results",
        "policy 3 has results", "legacy event 1 exists", "text file 1 exists", "job 1 has run"}) {
      mocks.applyState(state);
    }
    try (GuardianClient guardian = GuardianClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("mock-api-key"))
        .secretKey(Secret.of("mock-secret-key")).retryPolicy(RetryPolicy.none()).strictContracts().build()) {
      assertConforms(Conformance.of(guardian).run(), 76);
    }
  }

  @Test
  void jupiterOneConformsWithAQueryGivenAsInput() {
    try (JupiterOneClient j1 = JupiterOneClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("mock-key-0001"))
        .accountId("mock-account").retryPolicy(RetryPolicy.none()).strictContracts().build()) {
      assertConforms(Conformance.of(j1).input("j1ql", "FIND * LIMIT 5").run(), 18);
    }
  }

  @Test
  void aClientThatDoesNotReadStrictlyIsRefused() {
    try (VezaClient veza = VezaClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("mock-api-key"))
        .strictContracts(false).build()) {
      assertThatThrownBy(() -> Conformance.of(veza)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("strictContracts()");
    }
  }

  private static void assertConforms(ConformanceReport report, int atLeast) {
    String table = report.rows().stream().map(ConformanceRow::describe).collect(Collectors.joining("\n"));
    assertThat(report.rows()).as(table).hasSizeGreaterThanOrEqualTo(atLeast);
    assertThat(report.rows()).as(table)
        .allSatisfy(row -> assertThat(row.status()).isIn(ConformanceRow.Status.ok, ConformanceRow.Status.skipped));
    assertThat(report.rows()).as(table).filteredOn(row -> row.status() == ConformanceRow.Status.skipped)
        .allSatisfy(row -> assertThat(row.detail()).isNotBlank());
    assertThat(report.count(ConformanceRow.Status.skipped) * 10).as(table).isLessThanOrEqualTo(report.rows().size());
    assertThat(report.drifted()).isFalse();
  }
}
