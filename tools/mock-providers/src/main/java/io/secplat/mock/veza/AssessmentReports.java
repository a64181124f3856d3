package io.secplat.mock.veza;

import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import java.util.UUID;

/**
 * Assessment reports (Early Access, {@code /api/preview/assessments/reports}): a named list of
 * saved queries {@code {id, name, description, queries: [{query}]}}. Listing pages like every Veza
 * list; get, update and delete answer 404 NotFound for an unknown id; a report needs a name, and
 * every query it names must be a saved query of the mock (else 400 InvalidArgument); adding a
 * query twice keeps one entry.
 */
final class AssessmentReports {
  private final OaaState state;
  private final VezaState queries;

  AssessmentReports(OaaState state, VezaState queries) {
    this.state = state;
    this.queries = queries;
  }

  ResponseDefinition list(MockCall call) {
    return OaaProviders.page(call, state.reports());
  }

  ResponseDefinition create(MockCall call) {
    return store(UUID.randomUUID().toString(), call.jsonObjectBody());
  }

  ResponseDefinition get(MockCall call) {
    return state.report(call.pathParameter("report_id")).map(OaaProviders::value).orElseGet(() -> noReport(call));
  }

  ResponseDefinition update(MockCall call) {
    String id = call.pathParameter("report_id");
    return state.report(id).isPresent() ? store(id, call.jsonObjectBody()) : noReport(call);
  }

  ResponseDefinition delete(MockCall call) {
    return state.removeReport(call.pathParameter("report_id"))
        ? json(200, JsonNodeFactory.instance.objectNode()) : noReport(call);
  }

  ResponseDefinition addQuery(MockCall call) {
    String queryId = call.pathParameter("query_id");
    return state.report(call.pathParameter("report_id")).map(report -> {
      if (!savedQuery(queryId)) {
        return VezaErrors.notFound("no saved query " + queryId);
      }
      boolean present = false;
      for (JsonNode q : report.withArray("queries")) {
        present |= q.path("query").asText().equals(queryId);
      }
      if (!present) {
        report.withArray("queries").addObject().put("query", queryId);
      }
      return json(200, JsonNodeFactory.instance.objectNode());
    }).orElseGet(() -> noReport(call));
  }

  private ResponseDefinition store(String id, JsonNode body) {
    if (body.path("name").asText().isBlank()) {
      return VezaErrors.invalidArgument("a report needs a name");
    }
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    report.put("id", id).put("name", body.path("name").asText()).put("description", body.path("description").asText(""));
    for (JsonNode q : body.path("queries")) {
      if (!savedQuery(q.path("query").asText())) {
        return VezaErrors.invalidArgument("the report names " + q.path("query").asText() + ", which is not a saved query");
      }
      report.withArray("queries").addObject().put("query", q.path("query").asText());
    }
    report.withArray("queries");
    state.putReport(id, report);
    return OaaProviders.value(report);
  }

  private boolean savedQuery(String id) {
    return queries.hasQuery(id);
  }

  private static ResponseDefinition noReport(MockCall call) {
    return VezaErrors.notFound("no report " + call.pathParameter("report_id"));
  }
}
