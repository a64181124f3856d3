package io.secplat.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.jupiterone.generated.graphql.CreateQuestionInput;
import io.secplat.jupiterone.generated.graphql.CreateQuestionRuleInstanceInput;
import io.secplat.jupiterone.generated.graphql.QuestionUpdate;
import io.secplat.jupiterone.generated.graphql.SetResourcePermissionInput;
import io.secplat.jupiterone.generated.graphql.UpdateQuestionRuleInstanceInput;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input fails before any byte is sent, with a message naming the argument. */
class JupiterOneInputValidationTest extends JupiterOneMockTestBase {

  static Stream<Arguments> badCalls() {
    return Stream.of(
        bad("query must not be null", () -> j1.query(null)),
        bad("query must not be blank", () -> j1.query(" \n")),
        bad("options must not be null", () -> j1.query("FIND User", null)),
        bad("rowType must not be null", () -> j1.query("FIND User", QueryOptions.defaults(), null)),
        bad("name must not be blank", () -> QueryOptions.defaults().withVariable(" ", 1)),
        bad("deadline must be positive, was PT0S", () -> QueryOptions.defaults().deferred(Duration.ZERO)),
        bad("entityKey must not be blank", () -> j1.entities().create("", "t", List.of("C"), null)),
        bad("entityType must not be null", () -> j1.entities().create("k", null, List.of("C"), null)),
        bad("entityClasses[1] must not be blank", () -> j1.entities().create("k", "t", List.of("C", " "), null)),
        bad("entityClasses must not be empty", () -> j1.entities().create("k", "t", List.of(), null)),
        bad("entityClasses must not be null", () -> j1.entities().create("k", "t", null, null)),
        bad("entityId must not be null", () -> j1.entities().update(null, Map.of())),
        bad("properties must not be null", () -> j1.entities().update("id", null)),
        bad("entityId must not be blank", () -> j1.entities().delete(" ")),
        bad("fromEntityId must not be blank", () -> j1.relationships().create("k", "t", "C", "", "to", null)),
        bad("toEntityId must not be null", () -> j1.relationships().create("k", "t", "C", "from", null, null)),
        bad("relationshipId must not be blank", () -> j1.relationships().update("", Map.of())),
        bad("relationshipId must not be null", () -> j1.relationships().delete(null)),
        bad("id must not be blank", () -> j1.graph().vertex("")),
        bad("id must not be null", () -> j1.graph().neighbors(null, 1)),
        bad("depth must be between 1 and 5, was 6", () -> j1.graph().neighbors("v", 6)),
        bad("id must not be blank", () -> j1.graph().edge(" ")),
        bad("classes must not be empty", () -> j1.graph().typeCounts(List.of(), null)),
        bad("instance must not be null", () -> j1.alertRules().create(null)),
        bad("instance.name must not be null", () -> j1.alertRules().create(new CreateQuestionRuleInstanceInput())),
        bad("instance.id must not be null", () -> j1.alertRules().update(new UpdateQuestionRuleInstanceInput())),
        bad("id must not be blank", () -> j1.alertRules().delete("")),
        bad("id must not be null", () -> j1.alertRules().evaluate(null)),
        bad("question.title must not be null", () -> j1.questions().create(new CreateQuestionInput())),
        bad("queries must not be empty", () -> j1.questions().create(CreateQuestionInput.builder().setTitle("t").setQueries(List.of()).build())),
        bad("id must not be blank", () -> j1.questions().update(" ", new QuestionUpdate())),
        bad("update must not be null", () -> j1.questions().update("q", null)),
        bad("id must not be null", () -> j1.questions().delete(null)),
        bad("integrationType must not be blank", () -> j1.integrations().find("")),
        bad("id must not be null", () -> j1.integrations().definition(null)),
        bad("instanceId must not be blank", () -> j1.integrations().invoke(" ")),
        bad("pageSize must be positive, was 0", () -> j1.auditEvents().list(0)),
        bad("pageSize must be positive, was -1", () -> j1.iam().groups(-1)),
        bad("groupId must not be blank", () -> j1.iam().members("")),
        bad("userEmail must not be null", () -> j1.iam().addUser("g", null)),
        bad("groupId must not be null", () -> j1.iam().removeUser(null, "a@b.c")),
        bad("name must not be blank", () -> j1.iam().createGroup(" ", null, null, null)),
        bad("id must not be null", () -> j1.iam().updateGroup(null, "n", null, null, null)),
        bad("permission.canRead must be true when canCreate, canUpdate or canDelete is true",
            () -> j1.iam().setResourcePermission(new SetResourcePermissionInput("group", "g", "rule", "*", "*", true, false, false, false))),
        bad("permission.subjectId must not be blank",
            () -> j1.iam().setResourcePermission(new SetResourcePermissionInput("group", "", "rule", "*", "*", false, true, false, false))),
        bad("entityId must not be '.' or '..' (a dot path segment)", () -> j1.rawData().entries("..")),
        bad("entryName must not be blank", () -> j1.rawData().latest("e", " ")),
        bad("spec must not be null", () -> j1.sync().run(null, List.<io.secplat.jupiterone.generated.model.SyncEntity>of().iterator(),
            List.<io.secplat.jupiterone.generated.model.SyncRelationship>of().iterator())),
        bad("entities must not be null", () -> j1.sync().run(SyncJobSpec.diff("s"), null, Stream.empty())),
        bad("scope must not be blank", () -> SyncJobSpec.diff(" ")),
        bad("maxCount must be positive, was 0", () -> new BatchLimits(0, 4096)),
        bad("maxBytes must be at least 1024, was 10", () -> new BatchLimits(1, 10)),
        bad("api must not be null", () -> j1.api(null)));
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

  @Test
  void pathParametersCannotChangeThePath() {
    assertThatThrownBy(() -> j1.rawData().entries("a/../../persister/synchronization/jobs"))
        .isInstanceOf(io.secplat.core.error.NotFoundException.class);
    assertThat(requests()).singleElement()
        .satisfies(r -> assertThat(r.getUrl()).isEqualTo("/entities/a%2F..%2F..%2Fpersister%2Fsynchronization%2Fjobs/raw-data"));
  }
}
