package io.secplat.mock.jupiterone;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alert rule instances ({@code /rules/graphql}) and saved questions ({@code /graphql}), kept in
 * {@link AccountState} in their response shape. Evaluating a rule reports the values its
 * SET_PROPERTY actions set, e.g. {@code {name: alertLevel, value: CRITICAL}}.
 */
final class RuleAndQuestionFetchers {
  private final AccountState account;

  RuleAndQuestionFetchers(AccountState account) {
    this.account = account;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type
        .dataFetcher("createQuestionRuleInstance", env -> saveRule(env, account.newId("rule")))
        .dataFetcher("updateQuestionRuleInstance", env -> saveRule(env, existingRule(instance(env).get("id"))))
        .dataFetcher("deleteRuleInstance", this::deleteRule)
        .dataFetcher("evaluateRuleInstance", this::evaluateRule)
        .dataFetcher("createQuestion", env -> saveQuestion(env.getArgument("question"), account.newId("question")))
        .dataFetcher("updateQuestion", env -> saveQuestion(env.getArgument("update"), existingQuestion(env.getArgument("id"))))
        .dataFetcher("deleteQuestion", this::deleteQuestion));
  }

  private static Map<String, Object> instance(DataFetchingEnvironment env) {
    return env.getArgument("instance");
  }

  private String existingRule(Object id) {
    synchronized (account) {
      if (!account.rules.containsKey(String.valueOf(id))) {
        throw MockGraphQlError.notFound("rule instance " + id);
      }
    }
    return String.valueOf(id);
  }

  private Object saveRule(DataFetchingEnvironment env, String id) {
    Map<String, Object> input = instance(env);
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", id);
    for (String field : List.of("name", "description", "specVersion", "pollingInterval", "outputs", "operations")) {
      rule.put(field, input.get(field));
    }
    // production: an Int revision, 1 on create, one more on every update
    Object previous;
    synchronized (account) {
      previous = account.rules.containsKey(id) ? account.rules.get(id).get("version") : null;
    }
    rule.put("version", previous instanceof Number ? ((Number) previous).intValue() + 1 : 1);
    rule.put("latest", true);
    rule.put("deleted", false);
    Map<String, Object> question = new LinkedHashMap<>();
    List<Map<String, Object>> queries = new ArrayList<>();
    Object given = input.get("question") instanceof Map ? ((Map<?, ?>) input.get("question")).get("queries") : null;
    if (given instanceof List) {
      for (Object q : (List<?>) given) {
        Map<?, ?> query = (Map<?, ?>) q;
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("name", query.get("name"));
        saved.put("query", query.get("query"));
        saved.put("version", query.get("version"));
        queries.add(saved);
      }
    }
    question.put("queries", queries);
    rule.put("question", question);
    synchronized (account) {
      account.rules.put(id, rule);
    }
    account.audit("rule", id, "RULE", Map.of("action", "saved"));
    return rule;
  }

  private Object deleteRule(DataFetchingEnvironment env) {
    String id = existingRule(env.getArgument("id"));
    synchronized (account) {
      account.rules.remove(id);
    }
    account.audit("rule", id, "RULE", Map.of("action", "deleted"));
    return Map.of("id", id);
  }

  private Object evaluateRule(DataFetchingEnvironment env) {
    String id = existingRule(env.getArgument("id"));
    List<Map<String, Object>> outputs = new ArrayList<>();
    Map<String, Object> rule;
    synchronized (account) {
      rule = account.rules.get(id);
    }
    Object operations = rule.get("operations");
    if (operations instanceof List) {
      for (Object operation : (List<?>) operations) {
        Object actions = ((Map<?, ?>) operation).get("actions");
        if (actions instanceof List) {
          for (Object action : (List<?>) actions) {
            Map<?, ?> a = (Map<?, ?>) action;
            if ("SET_PROPERTY".equals(a.get("type"))) {
              Map<String, Object> output = new LinkedHashMap<>();
              output.put("name", a.get("targetProperty"));
              output.put("value", a.get("targetValue"));
              outputs.add(output);
            }
          }
        }
      }
    }
    return Map.of("outputs", outputs);
  }

  private String existingQuestion(Object id) {
    synchronized (account) {
      if (!account.questions.containsKey(String.valueOf(id))) {
        throw MockGraphQlError.notFound("question " + id);
      }
    }
    return String.valueOf(id);
  }

  private Object saveQuestion(Map<String, Object> input, String id) {
    Map<String, Object> question = new LinkedHashMap<>();
    question.put("id", id);
    question.put("title", input.get("title"));
    question.put("description", input.get("description"));
    List<Map<String, Object>> queries = new ArrayList<>();
    for (Object q : (List<?>) input.get("queries")) {
      Map<String, Object> query = new LinkedHashMap<>();
      ((Map<?, ?>) q).forEach((k, v) -> query.put(String.valueOf(k), v));
      query.putIfAbsent("resultsAre", "INFORMATIVE");
      query.putIfAbsent("version", "v1");
      queries.add(query);
    }
    question.put("queries", queries);
    question.put("variables", List.of());
    question.put("compliance", input.get("compliance"));
    question.put("tags", input.get("tags"));
    question.put("accountId", "j1-mock-account");
    question.put("integrationDefinitionId", null);
    synchronized (account) {
      account.questions.put(id, question);
    }
    account.audit("question", id, "QUESTION", Map.of("action", "saved"));
    return question;
  }

  private Object deleteQuestion(DataFetchingEnvironment env) {
    String id = existingQuestion(env.getArgument("id"));
    Map<String, Object> removed;
    synchronized (account) {
      removed = account.questions.remove(id);
    }
    account.audit("question", id, "QUESTION", Map.of("action", "deleted"));
    return removed;
  }
}
