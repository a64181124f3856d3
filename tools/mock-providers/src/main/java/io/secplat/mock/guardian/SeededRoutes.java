package io.secplat.mock.guardian;

import static io.secplat.mock.guardian.GuardianBodies.array;
import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Listings (and the records they hold) that the spec documents as empty and provider states seed
 * (see {@link SeededRecords}): ServiceNow change requests and incidents, connection managers,
 * integrations and their definitions, the tasks of a job, the raw files of a node, system metrics,
 * scores, event types and events. A listing that no state seeded answers the documented example;
 * a seeded one is paged by {@code page}/{@code per_page} when the request pages. Getting a change
 * request or incident answers the seeded record with that id, else the documented example.
 */
final class SeededRoutes {
  static final String CHANGE_REQUESTS = "change_requests";
  static final String INCIDENTS = "incidents";
  static final String CONNECTION_MANAGERS = "connection_managers";
  static final String INTEGRATIONS = "integrations";
  static final String INTEGRATION_DEFINITIONS = "integration_definitions";
  static final String SYSTEM_METRICS = "system_metrics";
  static final String SCORES = "scores";
  static final String EVENT_TYPES = "event_types";
  static final String EVENTS = "events";
  /** Events are paged by 500 unless the request says otherwise (the spec's PerPage500). */
  private static final int EVENTS_PER_PAGE = 500;

  /** Each listing operation and the listing it serves. */
  private static final Map<String, Function<MockCall, String>> LISTINGS = Map.of(
      "listChangeRequests", call -> CHANGE_REQUESTS,
      "listIncidents", call -> INCIDENTS,
      "listConnectionManagers", call -> CONNECTION_MANAGERS,
      "listIntegrations", call -> INTEGRATIONS,
      "listIntegrationDefinitions", call -> INTEGRATION_DEFINITIONS,
      "listJobTasks", call -> tasksOf(GuardianBodies.id(call, "jobId")),
      "listNodeRawFiles", call -> rawFilesOf(GuardianBodies.id(call, "nodeId")),
      "listSystemMetrics", call -> SYSTEM_METRICS,
      "listScores", call -> SCORES,
      "listEventTypes", call -> EVENT_TYPES);

  private final GuardianState state;

  SeededRoutes(GuardianState state) {
    this.state = state;
  }

  /** @return the listing of a job's tasks: records with id, job_id and status (a name, e.g. success) */
  static String tasksOf(Long jobId) {
    return "jobs/" + jobId + "/tasks";
  }

  /** @return the listing of a node's raw files (the RawFile shape) */
  static String rawFilesOf(Long nodeId) {
    return "nodes/" + nodeId + "/raw_files";
  }

  /** @return the answer, or null when the operation is not served from a seeded listing (or nothing was seeded) */
  ResponseDefinition respond(MockCall call) {
    String operationId = call.operation().operationId();
    switch (operationId) {
      case "getChangeRequest":
        return record(CHANGE_REQUESTS, GuardianBodies.id(call, "changeRequestId"));
      case "getIncident":
        return record(INCIDENTS, GuardianBodies.id(call, "incidentId"));
      case "listEvents":
        return events(call);
      default:
        break;
    }
    Function<MockCall, String> listing = LISTINGS.get(operationId);
    String name = listing == null ? null : listing.apply(call);
    if (name == null || !state.isSeeded(name)) {
      return null;
    }
    Predicate<ObjectNode> filter = operationId.equals("listJobTasks") && call.query("status") != null
        ? task -> call.query("status").equals(task.path("status").asText()) : null;
    return call.query("page") != null ? GuardianPages.page(call, (from, to) -> state.seededWindow(name, filter, from, to))
        : json(200, array(state.seededWindow(name, filter, 0, Long.MAX_VALUE)));
  }

  private ResponseDefinition record(String listing, Long id) {
    ObjectNode record = id == null ? null : state.seededRecord(listing, id);
    return record == null ? null : json(200, record);
  }

  /**
   * Events: with {@code email} the report is emailed, so the answer is empty; otherwise the seeded
   * events after {@code last_event_id}, paged. The mock does not evaluate views, queries or dates.
   */
  private ResponseDefinition events(MockCall call) {
    if (!state.isSeeded(EVENTS)) {
      return null;
    }
    if (call.query("email") != null) {
      return json(200, array(List.of()));
    }
    Long after = MockCall.longValue(call.query("last_event_id"));
    Predicate<ObjectNode> filter = after == null ? null : event -> event.path("id").asLong() > after;
    return GuardianPages.page(call, (from, to) -> state.seededWindow(EVENTS, filter, from, to), EVENTS_PER_PAGE);
  }
}
