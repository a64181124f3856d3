package io.secplat.jupiterone;

import static io.secplat.jupiterone.Endpoint.variables;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.jupiterone.generated.graphql.CreateQuestionRuleInstanceInput;
import io.secplat.jupiterone.generated.graphql.DeleteRuleInstancePayload;
import io.secplat.jupiterone.generated.graphql.EvaluateRuleInstancePayload;
import io.secplat.jupiterone.generated.graphql.QuestionRuleInstance;
import io.secplat.jupiterone.generated.graphql.RuleEvaluationOutput;
import io.secplat.jupiterone.generated.graphql.RuleOperationInput;
import io.secplat.jupiterone.generated.graphql.RuleQuestionInput;
import io.secplat.jupiterone.generated.graphql.UpdateQuestionRuleInstanceInput;
import java.util.List;

/**
 * Alert rule instances, on the rules endpoint ({@code /rules/graphql}).
 *
 * <pre>{@code
 * QuestionRuleInstance rule = j1.alertRules().create(CreateQuestionRuleInstanceInput.builder()
 *     .setName("unencrypted-prod-data").setSpecVersion(1).setPollingInterval(PollingInterval.ONE_DAY)
 *     .setQuestion(new RuleQuestionInput(List.of(new RuleQuestionQueryInput("Find DataStore with encrypted!=true", "v1", "q", null))))
 *     .setOperations(List.of())
 *     .build());
 * List<RuleEvaluationOutput> outputs = j1.alertRules().evaluate(rule.getId());
 * }</pre>
 */
public final class AlertRules {
  private final Endpoint rules;

  AlertRules(Endpoint rules) {
    this.rules = rules;
  }

  /**
   * @param instance the new rule instance: name, specVersion (1 today), question with at least
   *     one query, and operations (may be empty) are required by JupiterOne
   * @return the created instance
   */
  @Operation("createQuestionRuleInstance")
  public QuestionRuleInstance create(CreateQuestionRuleInstanceInput instance) {
    Arguments.requireNonNull("instance", instance);
    Arguments.requireNonBlank("instance.name", instance.getName());
    requireRuleShape(instance.getSpecVersion(), instance.getQuestion(), instance.getOperations());
    return rules.call(Operations.CREATE_QUESTION_RULE_INSTANCE, "createQuestionRuleInstance",
        variables("instance", instance), QuestionRuleInstance.class);
  }

  /**
   * @param instance the changed rule instance: id, version (the instance's current revision),
   *     name, specVersion, question and operations required; every setting can change
   * @return the updated instance
   */
  @Operation("updateQuestionRuleInstance")
  public QuestionRuleInstance update(UpdateQuestionRuleInstanceInput instance) {
    Arguments.requireNonNull("instance", instance);
    Arguments.requireNonBlank("instance.id", instance.getId());
    Arguments.requireNonBlank("instance.name", instance.getName());
    Arguments.requireNonNull("instance.version", instance.getVersion());
    requireRuleShape(instance.getSpecVersion(), instance.getQuestion(), instance.getOperations());
    return rules.call(Operations.UPDATE_QUESTION_RULE_INSTANCE, "updateQuestionRuleInstance",
        variables("instance", instance), QuestionRuleInstance.class);
  }

  /**
   * Deletes a rule instance. Alerts it already raised stay; JupiterOne recommends disabling a
   * rule rather than deleting it.
   *
   * @param id the rule instance id
   * @return the id of the deleted instance
   */
  @Operation("deleteRuleInstance")
  public String delete(String id) {
    DeleteRuleInstancePayload deleted = rules.call(Operations.DELETE_RULE_INSTANCE, "deleteRuleInstance",
        variables("id", Arguments.requireNonBlank("id", id)), DeleteRuleInstancePayload.class);
    return deleted == null ? null : deleted.getId();
  }

  /**
   * Evaluates a rule instance now.
   *
   * @param id the rule instance id
   * @return the outputs of the evaluation, for example {@code alertLevel = CRITICAL}
   */
  @Operation("evaluateRuleInstance")
  public List<RuleEvaluationOutput> evaluate(String id) {
    EvaluateRuleInstancePayload result = rules.call(Operations.EVALUATE_RULE_INSTANCE, "evaluateRuleInstance",
        variables("id", Arguments.requireNonBlank("id", id)), EvaluateRuleInstancePayload.class);
    return result == null || result.getOutputs() == null ? List.of() : result.getOutputs();
  }

  /** JupiterOne requires specVersion, the question's queries and the operations list (may be empty). */
  private static void requireRuleShape(Integer specVersion, RuleQuestionInput question, List<RuleOperationInput> operations) {
    Arguments.requireNonNull("instance.specVersion", specVersion);
    Arguments.requireNonNull("instance.question", question);
    Arguments.requireNonNull("instance.question.queries", question.getQueries());
    if (question.getQueries().isEmpty()) {
      throw new IllegalArgumentException("instance.question.queries must not be empty");
    }
    Arguments.requireNonNull("instance.operations", operations);
  }
}
