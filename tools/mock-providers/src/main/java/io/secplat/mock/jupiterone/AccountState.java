package io.secplat.mock.jupiterone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything of the mock account that is not the graph: alert rule instances, saved questions,
 * integration definitions and job triggers, audit events, IAM groups with their members and
 * resource permissions. Objects are kept in their GraphQL response shape (maps). The IAM seed is
 * the documented sample data (groups {@code Users} and {@code Administrators}, members of group
 * {@code 22c2d370-…}); the integration definitions are invented. Thread-safe.
 */
final class AccountState {
  static final String DOCUMENTED_GROUP = "22c2d370-89ef-4280-970b-d520ca1837be";

  final Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> questions = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> integrationDefinitions = new LinkedHashMap<>();
  final List<Map<String, Object>> auditEvents = new ArrayList<>();
  final Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
  final Map<String, List<Map<String, Object>>> members = new LinkedHashMap<>();
  final List<Map<String, Object>> resourcePermissions = new ArrayList<>();
  final List<String> invokedIntegrationInstances = new ArrayList<>();
  private final AtomicLong sequence = new AtomicLong();

  AccountState() {
    reset();
  }

  synchronized void reset() {
    rules.clear();
    questions.clear();
    integrationDefinitions.clear();
    auditEvents.clear();
    groups.clear();
    members.clear();
    resourcePermissions.clear();
    invokedIntegrationInstances.clear();
    sequence.set(0);
    group("12c2d370-89ef-4280-970b-d520ca1837be", "Users", "");
    group("dd354c7a-1b9b-4579-ac5e-873fe3b2c851", "Administrators", "Admin users");
    group(DOCUMENTED_GROUP, "Engineering", "The group of the documented member samples");
    member(DOCUMENTED_GROUP, "222xxx222_abc", "abc@mycompany.com");
    member(DOCUMENTED_GROUP, "222xxx222_def@mycompany.com", "def@mycompany.com");
    definition("8013680b-311a-4c2e-b53b-c8735fd97a5c", "aws", "AWS", List.of("CSP", "Infrastructure"),
        List.of(field("roleArn", "Role ARN", "The role JupiterOne assumes"), field("externalId", "External ID", "")));
    definition("c6c4d1d0-3e2a-4b39-9c4b-0d0f3b6a7e11", "github", "GitHub", List.of("CodeRepo", "ITS"),
        List.of(field("installationId", "Installation ID", "The GitHub App installation")));
    audit("integration", "8013680b-311a-4c2e-b53b-c8735fd97a5c", "INTEGRATION", Map.of("action", "configured"));
    audit("question", "question-1", "QUESTION", Map.of("action", "created"));
  }

  /** @return a new id, unique within this mock */
  String newId(String prefix) {
    return prefix + "-" + sequence.incrementAndGet();
  }

  /** Records a user event, newest last. */
  synchronized void audit(String resourceType, String resourceId, String category, Map<String, Object> data) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", "audit-" + (auditEvents.size() + 1));
    event.put("resourceType", resourceType);
    event.put("resourceId", resourceId);
    event.put("category", category);
    event.put("timestamp", Graph.EPOCH + auditEvents.size() * 1000L); // production: Long epoch millis
    event.put("performedByUserId", "mock-api-key-user");
    event.put("data", new LinkedHashMap<>(data));
    auditEvents.add(event);
  }

  synchronized Map<String, Object> group(String id, String name, String description) {
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("id", id);
    group.put("name", name);
    group.put("description", description);
    groups.put(id, group);
    members.put(id, new ArrayList<>());
    return group;
  }

  /** Makes a group exist (a provider state): the seeded one, or a new one of that id. */
  synchronized void ensureGroup(String id) {
    if (!groups.containsKey(id)) {
      group(id, "Group " + id.substring(0, Math.min(8, id.length())), "");
    }
  }

  /** Makes a user a member of a group (a provider state). */
  synchronized void ensureMember(String groupId, String email) {
    ensureGroup(groupId);
    if (members.get(groupId).stream().noneMatch(m -> email.equals(m.get("email")))) {
      member(groupId, email.replace('@', '_'), email);
    }
  }

  /** The documented alert rule instance under a given id (a provider state). */
  synchronized void sampleRule(String id) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", id);
    rule.put("name", "unencrypted-prod-data");
    rule.put("description", "Data stores in production tagged critical and unencrypted");
    rule.put("version", 1);
    rule.put("specVersion", 1);
    rule.put("pollingInterval", "ONE_DAY");
    rule.put("outputs", List.of("alertLevel"));
    rule.put("operations", List.of(Map.of(
        "when", Map.of("type", "FILTER", "version", 1,
            "condition", List.of("AND", List.of("queries.unencryptedCriticalData.total", "!=", 0))),
        "actions", List.of(
            Map.of("type", "SET_PROPERTY", "targetProperty", "alertLevel", "targetValue", "CRITICAL"),
            Map.of("type", "CREATE_ALERT")))));
    rule.put("question", Map.of("queries", List.of(Map.of(
        "query", "Find DataStore with classification='critical' and encrypted!=true", "version", "v1"))));
    rules.put(id, rule);
  }

  /** The documented saved question under a given id (a provider state). */
  synchronized void sampleQuestion(String id) {
    Map<String, Object> question = new LinkedHashMap<>();
    question.put("id", id);
    question.put("title", "What are my production data stores and their encryption status?");
    question.put("description", "Returns a list of all production entities.");
    question.put("queries", List.of(Map.of("name", "prod-datastores-unencrypted",
        "query", "Find * with tag.Production=true and encrypted!=true", "version", "v1", "resultsAre", "BAD")));
    question.put("variables", List.of());
    question.put("compliance", List.of(Map.of("standard", "NIST CSF", "requirements", List.of("ID.AM-1"))));
    question.put("tags", List.of("SecOps"));
    question.put("accountId", "j1-mock-account");
    question.put("integrationDefinitionId", null);
    questions.put(id, question);
  }

  synchronized void member(String groupId, String uid, String email) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", uid);
    user.put("email", email);
    members.get(groupId).add(user);
  }

  private void definition(String id, String type, String title, List<String> classes, List<Map<String, Object>> fields) {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("id", id);
    definition.put("name", title);
    definition.put("type", type);
    definition.put("title", title);
    definition.put("integrationType", type);
    definition.put("integrationClass", classes);
    definition.put("configFields", fields);
    integrationDefinitions.put(id, definition);
  }

  private static Map<String, Object> field(String key, String displayName, String description) {
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("key", key);
    field.put("displayName", displayName);
    field.put("description", description);
    return field;
  }
}
