package io.secplat.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.guardian.generated.model.NodeGroupCreateAttributes;
import io.secplat.guardian.generated.model.NodeGroupScanOptionsRequest.OptionNameEnum;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input fails before any byte is sent, with a message naming the argument. */
class GuardianInputValidationTest extends GuardianMockTestBase {
  static Stream<Arguments> badCalls() {
    return Stream.of(
        bad("nodeId must be positive, was 0", () -> guardian.nodes().get(0)),
        bad("nodeId must be positive, was -311", () -> guardian.nodes().delete(-311)),
        bad("attributes must not be null", () -> guardian.nodes().create(null)),
        bad("attributes must not be null", () -> guardian.nodes().update(311, null)),
        bad("options must not be null", () -> guardian.nodes().list(null)),
        bad("perPage must be positive, was 0", () -> NodeListOptions.defaults().withPerPage(0)),
        bad("name must not be blank", () -> guardian.nodes().lookupByName(" ")),
        bad("externalId must not be null", () -> guardian.nodes().lookupByExternalId(null)),
        bad("username must not be blank", () -> guardian.nodes().lookupBySsh("host", "")),
        bad("port must be positive, was 0", () -> guardian.nodes().lookupBySsh("host", "user", 0)),
        bad("nodeGroupId must be positive, was 0", () -> guardian.nodes().addToNodeGroup(311, 0)),
        bad("scope of status counts must be one of [ORGANISATION, ENVIRONMENT, NODE_GROUP], was NODE",
            () -> guardian.nodes().statusCounts(Scope.node(311))),
        bad("scope must not be null", () -> guardian.nodes().statusCounts(null)),
        bad("label must not be blank", () -> guardian.nodes().scanResults().start(311, "")),
        bad("ciType must not be null", () -> guardian.nodes().scanResults().ciData(311, null)),
        bad("category must not be null", () -> guardian.nodes().scanResults().rawFile(311, (RawFileCategory) null)),
        bad("nodeIds must hold at least 2 ids, held 1", () -> guardian.nodes().diffs().acrossNodes(List.of(1L), GroupDiffOptions.defaults())),
        bad("nodeGroupIds[] must not be null", () -> guardian.nodes().diffs().acrossNodeGroups(Arrays.asList(1L, null),
            GroupDiffOptions.defaults())),
        bad("attributes.name must not be blank", () -> guardian.nodeGroups().create(new NodeGroupCreateAttributes().name(" "))),
        bad("nodeIds must hold at least 1 id, held 0", () -> guardian.nodeGroups().addNodes(1, List.of())),
        bad("nodeIds[] must be positive, was 0", () -> guardian.nodeGroups().addNodes(1, List.of(311L, 0L))),
        bad("option must be a scan option Guardian documents, was unknown_default_open_api",
            () -> guardian.nodeGroups().setScanOption(1, OptionNameEnum.UNKNOWN_DEFAULT_OPEN_API, List.of())),
        bad("values must not be null", () -> guardian.nodeGroups().setScanOption(1, OptionNameEnum.WEB, null)),
        bad("userId must be positive, was 0", () -> guardian.nodeGroups().users().add(1, 0)),
        bad("version must not be null", () -> guardian.nodeGroups().policyVersions().add(1, null)),
        bad("version must be positive, was 0", () -> PolicyVersionRef.of(14, 0)),
        bad("environmentId must be positive, was 0", () -> Scope.environment(0)),
        bad("name must not be blank", () -> guardian.environments().lookup("")),
        bad("perPage must be positive, was -1", () -> guardian.environments().nodes(30, -1)),
        bad("weeks and dates (from, to) must not be combined", () -> ChangeReportOptions.defaults().withWeeks(2)
            .withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2))),
        bad("to must not be before from, was 2024-01-01 < 2024-02-01",
            () -> ChangeReportOptions.defaults().withDates(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1))),
        bad("page must not be negative, was -1", () -> ChangeReportOptions.defaults().withPage(-1)),
        bad("options must not be null", () -> guardian.changeReport().csv(null)),
        bad("page must be positive, was 0", () -> guardian.diffs().csv(DiffOptions.defaults(), 0)),
        bad("to must not be before from, was 2018-07-06T00:00 < 2018-07-07T00:00",
            () -> DiffOptions.defaults().withTimes(LocalDateTime.of(2018, 7, 7, 0, 0), LocalDateTime.of(2018, 7, 6, 0, 0))),
        bad("scope of benchmark results must be one of [ENVIRONMENT, NODE_GROUP, NODE], was ORGANISATION",
            () -> guardian.cisBenchmarks().results(4, Scope.organisation())),
        bad("benchmarkId must not be blank", () -> guardian.cisBenchmarks().rules("")),
        bad("exactly one of viewName and query must be given", () -> new EventQuery("v", "q", null, null, null, List.of(), 10)),
        bad("helperVariables need a view, not an ad hoc query", () -> EventQuery.query("q").withHelperVariables("node_id")),
        bad("email must not be blank", () -> guardian.events().emailReport(EventQuery.view("v"), "", EventReportFormat.CSV)),
        bad("variables must not be empty", () -> guardian.events().createExternal(Map.of(), ExternalEventSource.none())),
        bad("event must not hold variables: that is an external event (events().createExternal)",
            () -> guardian.legacyEvents().create(Map.of("variables", Map.of()))),
        bad("type must not be null", () -> guardian.jobs().create(null, 311)),
        bad("type NODE_SCAN takes no target; only POLICY and POLICY_VERSION do",
            () -> guardian.jobs().create(JobType.NODE_SCAN, 311, Scope.node(311))),
        bad("target of a policy job must be one of [NODE, NODE_GROUP], was ENVIRONMENT",
            () -> guardian.jobs().create(JobType.POLICY, 14, Scope.environment(30))),
        bad("status must not be null", () -> guardian.jobs().tasks(1, null)),
        bad("search must not be blank", () -> guardian.delayedJobs().deleteAll(" ")),
        bad("email must not be null", () -> guardian.users().invite(null, UserRole.MEMBER)),
        bad("role must not be null", () -> guardian.users().updateRole("a@b.c", null)),
        bad("newOwnerId must be positive, was 0", () -> guardian.users().remove("a@b.c", 0)),
        bad("section must not be blank", () -> new FileCheck("", "/etc/x", "contents", FileCheckType.PRESENT, "true")),
        bad("expected must not be blank", () -> new FileCheck("files", "/etc/x", "contents", FileCheckType.PRESENT, "")),
        bad("check must not be null", () -> guardian.policies().addFileCheck(1, null)),
        bad("shortDescription must not be blank", () -> guardian.policies().lookupByShortDescription(" ")),
        bad("policyId must be positive, was 0", () -> guardian.policies().results().latestPdf(0, LatestResultsOptions.defaults())),
        bad("category must not be null", () -> guardian.ignores().list(Scope.node(311), null)),
        bad("itemsByCiType must not be empty", () -> guardian.ignores().create(1, IgnoreCategory.NODE_GROUP, Map.of())),
        bad("integrationIds must hold at least 1 id, held 0", () -> guardian.integrations().delete(List.of())),
        bad("integrations must hold at least one integration and no null", () -> guardian.integrations().create(List.of())),
        bad("name must not be blank", () -> guardian.connectionManagerGroups().create(" ")),
        bad("query must not be null", () -> guardian.operatingSystems().lookup(null)),
        bad("query must not be blank", () -> NodeScanSearch.of(" ")),
        bad("sourceId must be positive, was 0", () -> guardian.nodeScans().compare(9, 0)),
        bad("to must not be before from, was 2024-01-01 < 2024-02-01",
            () -> guardian.nodeScans().list(311, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1))),
        bad("userId must be positive, was 0", () -> guardian.accounts().list(0)),
        bad("api must not be null", () -> guardian.api(null)));
  }

  static Arguments bad(String message, Executable call) {
    return Arguments.of(message, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCalls")
  void badInputFailsWithAMessageNamingTheArgumentAndSendsNothing(String message, Executable call) {
    assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThat(requests()).isEmpty();
  }
}
