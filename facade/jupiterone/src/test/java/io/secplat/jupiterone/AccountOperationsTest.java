package io.secplat.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.secplat.core.error.ConflictException;
import io.secplat.core.error.NotFoundException;
import io.secplat.jupiterone.generated.graphql.AuditEvent;
import io.secplat.jupiterone.generated.graphql.CreateQuestionInput;
import io.secplat.jupiterone.generated.graphql.CreateQuestionRuleInstanceInput;
import io.secplat.jupiterone.generated.graphql.IamGroup;
import io.secplat.jupiterone.generated.graphql.IamGroupUser;
import io.secplat.jupiterone.generated.graphql.IntegrationDefinition;
import io.secplat.jupiterone.generated.graphql.PollingInterval;
import io.secplat.jupiterone.generated.graphql.Question;
import io.secplat.jupiterone.generated.graphql.QuestionComplianceInput;
import io.secplat.jupiterone.generated.graphql.QuestionQueryInput;
import io.secplat.jupiterone.generated.graphql.QuestionRuleInstance;
import io.secplat.jupiterone.generated.graphql.QuestionUpdate;
import io.secplat.jupiterone.generated.graphql.QueryResultsAre;
import io.secplat.jupiterone.generated.graphql.ResourcePermission;
import io.secplat.jupiterone.generated.graphql.RuleEvaluationOutput;
import io.secplat.jupiterone.generated.graphql.RuleOperationInput;
import io.secplat.jupiterone.generated.graphql.RuleQuestionInput;
import io.secplat.jupiterone.generated.graphql.RuleQuestionQueryInput;
import io.secplat.jupiterone.generated.graphql.SetResourcePermissionInput;
import io.secplat.jupiterone.generated.graphql.UpdateQuestionRuleInstanceInput;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rules, questions, integrations, audit events and IAM through the façade, each on its endpoint. */
class AccountOperationsTest extends JupiterOneMockTestBase {
  static final String DOCUMENTED_GROUP = "22c2d370-89ef-4280-970b-d520ca1837be";

  static RuleOperationInput alertWhenAny(String queryName) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonNode when = f.objectNode().put("type", "FILTER").put("version", 1)
        .set("condition", f.arrayNode().add("AND").add(f.arrayNode().add("queries." + queryName + ".total").add("!=").add(0)));
    return new RuleOperationInput(when, List.of(
        f.objectNode().put("type", "SET_PROPERTY").put("targetProperty", "alertLevel").put("targetValue", "CRITICAL"),
        f.objectNode().put("type", "CREATE_ALERT")));
  }

  @Test
  void alertRulesLiveOnTheRulesEndpoint() {
    RuleQuestionInput question = new RuleQuestionInput(List.of(new RuleQuestionQueryInput("Find DataStore with encrypted!=true", "v1", "unencrypted", null)));
    QuestionRuleInstance rule = j1.alertRules().create(CreateQuestionRuleInstanceInput.builder()
        .setName("unencrypted-prod-data").setSpecVersion(1).setPollingInterval(PollingInterval.ONE_DAY)
        .setOutputs(List.of("alertLevel")).setOperations(List.of(alertWhenAny("unencrypted"))).setQuestion(question).build());

    assertThat(lastRequest().getUrl()).isEqualTo("/rules/graphql");
    assertThat(body(lastRequest()).path("variables").path("instance").path("operations").get(0).path("when").path("condition")
        .toString()).isEqualTo("[\"AND\",[\"queries.unencrypted.total\",\"!=\",0]]");
    assertThat(rule.getPollingInterval()).isEqualTo(PollingInterval.ONE_DAY);
    assertThat(rule.getQuestion().getQueries()).singleElement().satisfies(q -> assertThat(q.getVersion()).isEqualTo("v1"));

    assertThat(rule.getVersion()).isEqualTo(1);
    assertThat(body(lastRequest()).path("variables").path("instance").path("specVersion").intValue()).isEqualTo(1);
    QuestionRuleInstance updated = j1.alertRules().update(UpdateQuestionRuleInstanceInput.builder().setId(rule.getId())
        .setVersion(rule.getVersion()).setSpecVersion(1)
        .setName("unencrypted-prod-data").setPollingInterval(PollingInterval.ONE_WEEK)
        .setOperations(List.of(alertWhenAny("unencrypted"))).setQuestion(question).build());
    assertThat(updated.getPollingInterval()).isEqualTo(PollingInterval.ONE_WEEK);
    assertThat(updated.getVersion()).isEqualTo(2);

    assertThat(j1.alertRules().evaluate(rule.getId())).extracting(RuleEvaluationOutput::getName, o -> o.getValue().asText())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("alertLevel", "CRITICAL"));
    assertThat(j1.alertRules().delete(rule.getId())).isEqualTo(rule.getId());
    assertThatThrownBy(() -> j1.alertRules().evaluate(rule.getId())).isInstanceOf(NotFoundException.class);
    assertThat(requests()).allMatch(r -> r.getUrl().equals("/rules/graphql"));
  }

  @Test
  void questionsAreCreatedUpdatedAndDeleted() {
    CreateQuestionInput input = CreateQuestionInput.builder()
        .setTitle("What are my production data stores and their encryption status?")
        .setTags(List.of("SecOps"))
        .setQueries(List.of(QuestionQueryInput.builder().setName("prod-datastores-unencrypted")
            .setQuery("Find * with tag.Production=true and encrypted!=true").setResultsAre(QueryResultsAre.BAD).build()))
        .setCompliance(List.of(new QuestionComplianceInput("NIST CSF", List.of("ID.AM-1"))))
        .build();
    Question created = j1.questions().create(input);
    assertThat(created.getQueries()).singleElement().satisfies(q -> assertThat(q.getResultsAre()).isEqualTo(QueryResultsAre.BAD));
    assertThat(created.getCompliance()).singleElement().satisfies(c -> assertThat(c.getRequirements()).containsExactly("ID.AM-1"));
    assertThat(created.getTags()).containsExactly("SecOps");

    Question updated = j1.questions().update(created.getId(), QuestionUpdate.builder().setTitle("Renamed")
        .setQueries(List.of(QuestionQueryInput.builder().setQuery("Find DataStore").build())).build());
    assertThat(updated.getTitle()).isEqualTo("Renamed");
    assertThat(updated.getQueries()).singleElement().satisfies(q -> assertThat(q.getResultsAre()).isEqualTo(QueryResultsAre.INFORMATIVE));
    assertThat(j1.questions().delete(created.getId()).getTitle()).isEqualTo("Renamed");
    assertThatThrownBy(() -> j1.questions().delete(created.getId())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void integrationDefinitionsAreFoundAndJobsStarted() {
    assertThat(j1.integrations().find("aws")).hasValueSatisfying(d -> {
      assertThat(d.getTitle()).isEqualTo("AWS");
      assertThat(d.getConfigFields()).extracting(f -> f.getKey()).containsExactly("roleArn", "externalId");
    });
    assertThat(j1.integrations().find("nope")).isEmpty();
    List<IntegrationDefinition> all = j1.integrations().definitions().stream().toList();
    assertThat(all).extracting(IntegrationDefinition::getIntegrationType).containsExactly("aws", "github");
    assertThat(j1.integrations().definition(all.get(1).getId())).hasValueSatisfying(d -> assertThat(d.getName()).isEqualTo("GitHub"));
    assertThat(j1.integrations().invoke("5465397d-8491-4a12-806a-04792839abe3")).isTrue();
    assertThat(J1.invokedIntegrationInstances()).containsExactly("5465397d-8491-4a12-806a-04792839abe3");
  }

  @Test
  void theOneInlinedValueIsEscapedSoAHostileIdStaysOneString() {
    String hostile = "id\") { success } } mutation Evil { deleteEntity(entityId: \"x\") { entity { _id } } } #\n\\ \"} ünï 😀";

    assertThat(j1.integrations().invoke(hostile)).isTrue();

    assertThat(J1.invokedIntegrationInstances()).containsExactly(hostile);
    JsonNode body = body(lastRequest());
    assertThat(body.path("operationName").asText()).isEqualTo("InvokeIntegrationInstance");
    assertThat(body.path("query").asText()).contains("invokeIntegrationInstance(id: " + io.secplat.core.graphql.GraphQlStrings.quote(hostile) + ")");
  }

  @Test
  void auditEventsPageLazilyAndIncludeWhatTheClientDid() {
    j1.integrations().invoke("instance-1");
    j1.entities().create("k1", "t", List.of("C"), null);
    List<AuditEvent> events = j1.auditEvents().list(2).stream().collect(Collectors.toList());
    assertThat(events).extracting(AuditEvent::getCategory).containsExactly("INTEGRATION", "QUESTION", "INTEGRATION", "ENTITY");
    assertThat(events.get(2).getResourceId()).isEqualTo("instance-1");
    assertThat(events.get(3).getData().path("_key").asText()).isEqualTo("k1");
    assertThat(requests("/graphql").stream().filter(r -> body(r).path("operationName").asText().equals("GetAuditEventsForAccount"))).hasSize(2);
  }

  @Test
  void iamGroupsAndMembersLiveOnTheIamEndpoint() {
    assertThat(j1.iam().groups(2).stream().map(IamGroup::getName).collect(Collectors.toList()))
        .containsExactly("Users", "Administrators", "Engineering");
    assertThat(j1.iam().members(DOCUMENTED_GROUP, 5).stream().collect(Collectors.toList()))
        .extracting(IamGroupUser::getId, IamGroupUser::getEmail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("222xxx222_abc", "abc@mycompany.com"),
            org.assertj.core.groups.Tuple.tuple("222xxx222_def@mycompany.com", "def@mycompany.com"));
    assertThat(body(lastRequest()).path("variables").toString()).isEqualTo("{\"groupId\":\"" + DOCUMENTED_GROUP + "\",\"limit\":5}");

    IamGroup support = j1.iam().createGroup("Support", "A group for support users", null,
        List.of(Map.of("_type", List.of("aws_ecr_image", "bitbucket_pullrequest"))));
    assertThat(support.getDescription()).isEqualTo("A group for support users");
    assertThat(body(lastRequest()).path("variables").toString()).isEqualTo("{\"name\":\"Support\",\"description\":"
        + "\"A group for support users\",\"queryPolicy\":[{\"_type\":[\"aws_ecr_image\",\"bitbucket_pullrequest\"]}]}");
    assertThatThrownBy(() -> j1.iam().createGroup("Support", null, null, null)).isInstanceOf(ConflictException.class);
    assertThat(j1.iam().updateGroup(support.getId(), null, "allow account class", List.of("accessPolicies"), null).getDescription())
        .isEqualTo("allow account class");

    assertThat(j1.iam().addUser(support.getId(), "xyz@mycompany.com")).isTrue();
    assertThat(j1.iam().members(support.getId()).stream().map(IamGroupUser::getEmail)).containsExactly("xyz@mycompany.com");
    assertThat(j1.iam().removeUser(support.getId(), "xyz@mycompany.com")).isTrue();
    assertThat(j1.iam().removeUser(support.getId(), "xyz@mycompany.com")).isFalse();

    ResourcePermission permission = j1.iam().setResourcePermission(new SetResourcePermissionInput("group", support.getId(),
        "rule", "*", "*", false, true, false, false));
    assertThat(permission.getCanRead()).isTrue();
    assertThat(body(lastRequest()).path("variables").size()).isEqualTo(9);
    assertThat(requests()).allMatch(r -> r.getUrl().equals("/iam/graphql"));
  }
}
