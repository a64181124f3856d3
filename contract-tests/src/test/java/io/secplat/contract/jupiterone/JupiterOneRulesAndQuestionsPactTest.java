package io.secplat.contract.jupiterone;

import static io.secplat.contract.jupiterone.JupiterOnePact.data;
import static io.secplat.contract.jupiterone.JupiterOnePact.document;
import static io.secplat.contract.jupiterone.JupiterOnePact.graphQl;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.generated.graphql.CreateQuestionInput;
import io.secplat.jupiterone.generated.graphql.CreateQuestionRuleInstanceInput;
import io.secplat.jupiterone.generated.graphql.PollingInterval;
import io.secplat.jupiterone.generated.graphql.QueryResultsAre;
import io.secplat.jupiterone.generated.graphql.QuestionComplianceInput;
import io.secplat.jupiterone.generated.graphql.QuestionQueryInput;
import io.secplat.jupiterone.generated.graphql.QuestionUpdate;
import io.secplat.jupiterone.generated.graphql.RuleOperationInput;
import io.secplat.jupiterone.generated.graphql.RuleQuestionInput;
import io.secplat.jupiterone.generated.graphql.RuleQuestionQueryInput;
import io.secplat.jupiterone.generated.graphql.UpdateQuestionRuleInstanceInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Alert rule instances on /rules/graphql and saved questions on /graphql, with the documented samples. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = JupiterOnePact.GRAPHQL_PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class JupiterOneRulesAndQuestionsPactTest {
  static final String RULE_ID = "b1c0f75d-770d-432a-95f5-6f59b4239c72";
  static final String QUESTION_ID = "sj3j9f0j2ndlsj300swdjfjs";
  static final String RULE_QUERY = "Find DataStore with classification='critical' and encrypted!=true";

  static RuleOperationInput operation() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonNode when = f.objectNode().put("type", "FILTER").put("version", 1)
        .set("condition", f.arrayNode().add("AND").add(f.arrayNode().add("queries.unencryptedCriticalData.total").add("!=").add(0)));
    return new RuleOperationInput(when, List.of(
        f.objectNode().put("type", "SET_PROPERTY").put("targetProperty", "alertLevel").put("targetValue", "CRITICAL"),
        f.objectNode().put("type", "CREATE_ALERT")));
  }

  static RuleQuestionInput question() {
    return new RuleQuestionInput(List.of(new RuleQuestionQueryInput(RULE_QUERY, "v1", "unencryptedCriticalData", null)));
  }

  /** The instance fields the client sends, matched by type ({@code id} only for updates). */
  static void instance(PactDslJsonBody v, boolean withId) {
    PactDslJsonBody instance = v.object("instance");
    if (withId) {
      // production: the instance's current revision travels with every update
      instance.stringType("id", RULE_ID).integerType("version", 1);
    }
    // production requires specVersion (an Int) and has no string "version" on create
    instance.stringType("name", "unencrypted-prod-data").integerType("specVersion", 1)
        .stringMatcher("pollingInterval", "DISABLED|THIRTY_MINUTES|ONE_HOUR|FOUR_HOURS|EIGHT_HOURS|TWELVE_HOURS|ONE_DAY|ONE_WEEK", "ONE_DAY");
    instance.array("outputs").stringType("alertLevel").closeArray();
    PactDslJsonBody operation = instance.minArrayLike("operations", 1, 1);
    PactDslJsonBody when = operation.object("when").stringType("type", "FILTER").integerType("version", 1);
    when.array("condition").stringType("AND").array().stringType("queries.unencryptedCriticalData.total").stringType("!=")
        .integerType(0).closeArray().closeArray();
    when.closeObject();
    operation.array("actions")
        .object().stringType("type", "SET_PROPERTY").stringType("targetProperty", "alertLevel").stringType("targetValue", "CRITICAL").closeObject()
        .object().stringType("type", "CREATE_ALERT").closeObject()
        .closeArray();
    operation.closeObject().closeArray();
    PactDslJsonBody query = instance.object("question").minArrayLike("queries", 1, 1);
    query.stringType("query", RULE_QUERY).stringType("version", "v1").stringType("name", "unencryptedCriticalData");
    query.closeObject().closeArray().closeObject();
    instance.closeObject();
  }

  static void rule(PactDslJsonBody o) {
    // description null: the instance sent has none, so the provider has none to answer
    o.stringType("id", RULE_ID).stringType("name", "unencrypted-prod-data").nullValue("description").integerType("version", 1)
        .integerType("specVersion", 1)
        .stringMatcher("pollingInterval", "[A-Z_]+", "ONE_DAY");
    PactDslJsonBody query = o.object("question").minArrayLike("queries", 1, 1);
    query.stringType("query", RULE_QUERY).stringType("version", "v1");
    query.closeObject().closeArray().closeObject();
    PactDslJsonBody operation = o.minArrayLike("operations", 1, 1);
    operation.object("when").stringType("type", "FILTER").closeObject();
    operation.minArrayLike("actions", 1, 1).stringType("type", "CREATE_ALERT").closeObject().closeArray();
    operation.closeObject().closeArray();
    o.array("outputs").stringType("alertLevel").closeArray();
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact createQuestionRuleInstance(PactDslWithProvider builder) {
    return graphQl(builder, "no rule instance exists", "a request to create an alert rule instance", "/rules/graphql",
            document("createQuestionRuleInstance"), v -> instance(v, false))
        .willRespondWith().status(200)
        .body(data("createQuestionRuleInstance", JupiterOneRulesAndQuestionsPactTest::rule))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "createQuestionRuleInstance")
  void createQuestionRuleInstance(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.alertRules().create(CreateQuestionRuleInstanceInput.builder().setName("unencrypted-prod-data").setSpecVersion(1)
          .setPollingInterval(PollingInterval.ONE_DAY).setOutputs(List.of("alertLevel")).setOperations(List.of(operation()))
          .setQuestion(question()).build()).getId()).isEqualTo(RULE_ID);
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact updateQuestionRuleInstance(PactDslWithProvider builder) {
    return graphQl(builder, "rule instance " + RULE_ID + " exists", "a request to update an alert rule instance", "/rules/graphql",
            document("updateQuestionRuleInstance"), v -> instance(v, true))
        .willRespondWith().status(200)
        .body(data("updateQuestionRuleInstance", JupiterOneRulesAndQuestionsPactTest::rule))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "updateQuestionRuleInstance")
  void updateQuestionRuleInstance(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.alertRules().update(UpdateQuestionRuleInstanceInput.builder().setId(RULE_ID).setName("unencrypted-prod-data")
          .setVersion(1).setSpecVersion(1).setPollingInterval(PollingInterval.ONE_DAY).setOutputs(List.of("alertLevel"))
          .setOperations(List.of(operation())).setQuestion(question()).build()).getPollingInterval()).isEqualTo(PollingInterval.ONE_DAY);
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact deleteRuleInstance(PactDslWithProvider builder) {
    return graphQl(builder, "rule instance " + RULE_ID + " exists", "a request to delete an alert rule instance", "/rules/graphql",
            document("deleteRuleInstance"), v -> v.stringType("id", RULE_ID))
        .willRespondWith().status(200)
        .body(data("deleteRuleInstance", o -> o.stringType("id", RULE_ID)))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "deleteRuleInstance")
  void deleteRuleInstance(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.alertRules().delete(RULE_ID)).isEqualTo(RULE_ID);
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact evaluateRuleInstance(PactDslWithProvider builder) {
    return graphQl(builder, "rule instance " + RULE_ID + " exists", "a request to evaluate an alert rule instance", "/rules/graphql",
            document("evaluateRuleInstance"), v -> v.stringType("id", RULE_ID))
        .willRespondWith().status(200)
        .body(data("evaluateRuleInstance", o -> o.minArrayLike("outputs", 1, 1).stringType("name", "alertLevel")
            .stringType("value", "CRITICAL").closeObject().closeArray()))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "evaluateRuleInstance")
  void evaluateRuleInstance(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.alertRules().evaluate(RULE_ID)).singleElement().satisfies(o -> assertThat(o.getValue().asText()).isEqualTo("CRITICAL"));
    }
  }

  static void questionInput(PactDslJsonBody o) {
    o.stringType("title", "What are my production data stores and their encryption status?")
        .stringType("description", "Returns a list of all production entities.");
    o.array("tags").stringType("SecOps").closeArray();
    o.minArrayLike("queries", 1, 1).stringType("name", "prod-datastores-unencrypted")
        .stringType("query", "Find * with tag.Production=true and encrypted!=true")
        .stringMatcher("resultsAre", "GOOD|BAD|UNKNOWN|INFORMATIVE", "BAD").closeObject().closeArray();
    o.minArrayLike("compliance", 1, 1).stringType("standard", "NIST CSF").array("requirements").stringType("ID.AM-1").closeArray()
        .closeObject().closeArray();
  }

  static void question(PactDslJsonBody o) {
    o.stringType("id", QUESTION_ID).stringType("title", "What are my production data stores and their encryption status?")
        .stringType("description", "Returns a list of all production entities.");
    o.minArrayLike("queries", 1, 1).stringType("name", "prod-datastores-unencrypted")
        .stringType("query", "Find * with tag.Production=true and encrypted!=true").stringType("version", "v1")
        .stringMatcher("resultsAre", "GOOD|BAD|UNKNOWN|INFORMATIVE", "BAD").closeObject().closeArray();
    o.array("variables").closeArray();
    o.minArrayLike("compliance", 1, 1).stringType("standard", "NIST CSF").array("requirements").stringType("ID.AM-1").closeArray()
        .closeObject().closeArray();
    o.array("tags").stringType("SecOps").closeArray();
    o.stringType("accountId", JupiterOnePact.ACCOUNT);
    o.nullValue("integrationDefinitionId");
  }

  static CreateQuestionInput createInput() {
    return CreateQuestionInput.builder().setTitle("What are my production data stores and their encryption status?")
        .setDescription("Returns a list of all production entities.").setTags(List.of("SecOps"))
        .setQueries(List.of(QuestionQueryInput.builder().setName("prod-datastores-unencrypted")
            .setQuery("Find * with tag.Production=true and encrypted!=true").setResultsAre(QueryResultsAre.BAD).build()))
        .setCompliance(List.of(new QuestionComplianceInput("NIST CSF", List.of("ID.AM-1"))))
        .build();
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact createQuestion(PactDslWithProvider builder) {
    return graphQl(builder, "no question exists", "a request to create a question", "/graphql", document("createQuestion"),
            v -> {
              PactDslJsonBody question = v.object("question");
              questionInput(question);
              question.closeObject();
            })
        .willRespondWith().status(200)
        .body(data("createQuestion", JupiterOneRulesAndQuestionsPactTest::question))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "createQuestion")
  void createQuestion(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.questions().create(createInput()).getQueries())
          .singleElement().satisfies(q -> assertThat(q.getResultsAre()).isEqualTo(QueryResultsAre.BAD));
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact updateQuestion(PactDslWithProvider builder) {
    return graphQl(builder, "question " + QUESTION_ID + " exists", "a request to update a question", "/graphql",
            document("updateQuestion"), v -> {
              v.stringType("id", QUESTION_ID);
              PactDslJsonBody update = v.object("update");
              questionInput(update);
              update.closeObject();
            })
        .willRespondWith().status(200)
        .body(data("updateQuestion", JupiterOneRulesAndQuestionsPactTest::question))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "updateQuestion")
  void updateQuestion(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      CreateQuestionInput in = createInput();
      QuestionUpdate update = new QuestionUpdate(in.getTitle(), in.getDescription(), in.getTags(), in.getQueries(), in.getCompliance());
      assertThat(j1.questions().update(QUESTION_ID, update).getId()).isEqualTo(QUESTION_ID);
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact deleteQuestion(PactDslWithProvider builder) {
    return graphQl(builder, "question " + QUESTION_ID + " exists", "a request to delete a question", "/graphql",
            document("deleteQuestion"), v -> v.stringType("id", QUESTION_ID))
        .willRespondWith().status(200)
        .body(data("deleteQuestion", JupiterOneRulesAndQuestionsPactTest::question))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "deleteQuestion")
  void deleteQuestion(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.questions().delete(QUESTION_ID).getTags()).containsExactly("SecOps");
    }
  }
}
