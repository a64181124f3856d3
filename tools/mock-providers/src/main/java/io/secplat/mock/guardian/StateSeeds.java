package io.secplat.mock.guardian;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.mock.openapi.OpenApiDocument;
import java.util.List;
import java.util.Map;

/**
 * The records the Guardian mock's provider states seed where the spec documents an empty listing.
 * Documented records are copied from the spec's examples (a policy, a raw file); the others are
 * the smallest records the listings' consumers read, and say so in their values.
 */
final class StateSeeds {
  /** A count in a state's name: digits, or a word up to twelve ("three active nodes", "no changes"). */
  static final String COUNT = "(\\d+|no|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
  private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve");
  private static final List<String> PACKAGES = List.of("openssl", "bash", "curl", "sudo", "tzdata", "zlib");
  /** The organisation the documented invitation belongs to. */
  private static final long ORGANISATION = 12;

  private final GuardianState state;
  private final OpenApiDocument spec;

  StateSeeds(GuardianState state, OpenApiDocument spec) {
    this.state = state;
    this.spec = spec;
  }

  /** @return the count a state names, in digits or as a word up to twelve */
  static int count(String text) {
    int word = text.equals("no") ? 0 : WORDS.indexOf(text);
    return word >= 0 ? word : Integer.parseInt(text);
  }

  /** @return the id of an operation's documented example, e.g. 1 for getDelayedJob */
  long documentedId(String operationId, String field) {
    return spec.operation(operationId).example().path(field).asLong();
  }

  /** ServiceNow synchronised a change request and an incident with these ids. */
  void serviceNow(long changeRequestId, long incidentId) {
    state.seed(SeededRoutes.CHANGE_REQUESTS, JsonNodeFactory.instance.objectNode().put("id", changeRequestId)
        .put("number", "CHG003" + String.format("%04d", changeRequestId)).put("short_description", "Patch the web servers")
        .put("state", "Scheduled"));
    state.seed(SeededRoutes.INCIDENTS, JsonNodeFactory.instance.objectNode().put("id", incidentId)
        .put("number", "INC001" + String.format("%04d", incidentId)).put("short_description", "A web server is down")
        .put("state", "New"));
  }

  /** A connection manager of the group, connected. */
  void connectionManager(long groupId) {
    long id = state.nextId();
    state.seed(SeededRoutes.CONNECTION_MANAGERS, JsonNodeFactory.instance.objectNode().put("id", id)
        .put("hostname", "cm" + id + ".example.com").put("connection_manager_group_id", groupId).put("status", 1));
  }

  /** An Active Directory integration with this id, and the definition of its type. */
  void integration(long id) {
    state.seed(SeededRoutes.INTEGRATIONS, JsonNodeFactory.instance.objectNode().put("id", id).put("name", "AD")
        .put("category", 1));
    state.seed(SeededRoutes.INTEGRATION_DEFINITIONS, JsonNodeFactory.instance.objectNode().put("id", 1)
        .put("name", "Active Directory"));
  }

  /** The job ran one task, successfully. */
  void jobRan(long jobId) {
    state.seed(SeededRoutes.tasksOf(jobId), JsonNodeFactory.instance.objectNode().put("id", state.nextId())
        .put("job_id", jobId).put("status", "success"));
  }

  /** The node exists and was scanned: it has the documented raw file. */
  void scanned(long nodeId) {
    state.ensureNode(nodeId);
    state.seed(SeededRoutes.rawFilesOf(nodeId), (ObjectNode) spec.operation("getNodeRawFile").example().deepCopy());
  }

  /** The node exists and its scans found {@code count} package changes. */
  void diffItems(long nodeId, int count) {
    state.ensureNode(nodeId);
    String nodeName = state.node(nodeId).path("name").asText();
    for (int i = 0; i < count; i++) {
      state.seed(ReportRoutes.DIFF_ITEMS, JsonNodeFactory.instance.objectNode().put("id", state.nextId())
          .put("node_id", nodeId).put("node_name", nodeName).put("ci_type", "packages")
          .put("name", PACKAGES.get(i % PACKAGES.size())).put("old", "1.0." + i).put("new", "1.1." + i));
    }
  }

  /** The appliance reports the use of its root disk. */
  void disks() {
    state.seed(SeededRoutes.SYSTEM_METRICS, JsonNodeFactory.instance.objectNode().put("mount", "/")
        .put("used_percent", 41.5).put("size_gb", 100));
  }

  /** The organisation has a score. */
  void scores() {
    state.seed(SeededRoutes.SCORES, JsonNodeFactory.instance.objectNode().put("id", 1).put("score", 870)
        .put("organisation_id", ORGANISATION));
  }

  /** The organisation has {@code count} login events, of the event type User Logged In. */
  void loginEvents(int count) {
    state.seed(SeededRoutes.EVENT_TYPES, JsonNodeFactory.instance.objectNode().put("id", 4).put("name", "User Logged In"));
    for (int i = 1; i <= count; i++) {
      state.seed(SeededRoutes.EVENTS, JsonNodeFactory.instance.objectNode().put("id", i).put("type_id", 4)
          .put("type", "User Logged In").put("created_at", "2024-01-0" + Math.min(i, 9) + " 09:00:00"));
    }
  }

  /** The policy exists: a copy of the documented policy under this id. */
  void policy(long id) {
    state.seed(CatalogRoutes.POLICIES, ((ObjectNode) spec.operation("getPolicy").example().deepCopy()).put("id", id));
  }

  /**
   * The policy has a file check, given as {@code section=... file_path=... attr=... check=...
   * expected=...} (values without spaces).
   */
  void fileCheck(long policyId, String check) {
    policy(policyId);
    Map<String, String> fields = new java.util.HashMap<>();
    for (String pair : check.trim().split("\\s+")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        fields.put(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    state.addFileCheck(policyId, CatalogRoutes.fileCheck(fields.get("section"), fields.get("file_path"), fields.get("attr"),
        fields.get("check"), fields.get("expected")));
  }

  /** The user belongs to the organisation: a member, with one account (the organisation). */
  void user(long id) {
    member(id, "user" + id + "@example.com");
    state.seed(UserRoutes.accountsOf(id), JsonNodeFactory.instance.objectNode().put("id", ORGANISATION)
        .put("name", "Organisation " + ORGANISATION));
  }

  /** A user with this email is a member of the organisation. */
  void member(String email) {
    member(state.nextId(), email);
  }

  private void member(long id, String email) {
    state.seed(UserRoutes.USERS, JsonNodeFactory.instance.objectNode().put("id", id).put("email", email)
        .put("role", "member"));
  }
}
