package io.secplat.mock.guardian;

import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.InputStreamSource;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The change report (JSON, paged by a zero-based {@code page} and {@code limit}) and every CSV or
 * PDF document, generated while it is sent. The change report has a configurable number of rows
 * over the nodes in state (a provider state can change it). Diffs are the diff items a provider
 * state seeded (listing {@code diff_items}), scoped and paged; without any, the JSON page is the
 * documented example and the CSV has rows of the mock's own.
 */
final class ReportRoutes {
  /** Operations whose path ends in {@code .{format}}, and the formats each serves besides json. */
  private static final Map<String, String> DOCUMENT_FORMATS = Map.of(
      "getChangeReport", "csv", "listDiffs", "csv", "listCisBenchmarkResults", "csv",
      "getNodeLastScanDetails", "csv", "getPolicyLatestResults", "pdf");
  private static final Set<String> FORMATS = Set.of("json", "csv", "pdf");

  /** The seeded listing of diff items: records with id, node_id, node_name, ci_type, name, old and new. */
  static final String DIFF_ITEMS = "diff_items";
  private static final int DIFFS_PER_PAGE = 500;

  private final GuardianState state;
  private final long defaultChangeReportRows;

  ReportRoutes(GuardianState state, long changeReportRows) {
    this.state = state;
    this.defaultChangeReportRows = changeReportRows;
  }

  private long changeReportRows() {
    return state.changeReportRows(defaultChangeReportRows);
  }

  /** @return the answer (headers only for a document, see {@link #document}), or null when not a report */
  ResponseDefinition respond(MockCall call) {
    String operationId = call.operation().operationId();
    String format = call.pathParameter("format");
    if (DOCUMENT_FORMATS.containsKey(operationId) && !(format.equals("json") || format.equals(DOCUMENT_FORMATS.get(operationId)))) {
      return GuardianErrors.notFound();
    }
    if (operationId.equals("getChangeReport") || operationId.equals("getAggregateChangeReport")) {
      GuardianPages.Window window = GuardianPages.Window.of(call, "limit", 4000, 0);
      if (window.error() != null) {
        return window.error();
      }
    }
    String mediaType = mediaType(call);
    if (mediaType != null) {
      return ResponseDefinitionBuilder.responseDefinition().withStatus(200).withHeader("Content-Type", mediaType).build();
    }
    if (operationId.equals("listDiffs")) {
      return diffsJson(call);
    }
    return operationId.equals("getChangeReport") ? changeReportJson(call) : null;
  }

  /** @return the document the call asks for, or null when it asks for JSON or is no report */
  InputStreamSource document(MockCall call) {
    String mediaType = mediaType(call);
    if (mediaType == null) {
      return null;
    }
    switch (call.operation().operationId()) {
      case "getChangeReport":
      case "getAggregateChangeReport": {
        GuardianPages.Window window = GuardianPages.Window.of(call, "limit", 4000, 0);
        return GuardianDocuments.changeReport(nodeNames(), window.from(), Math.min(changeReportRows(), window.to()));
      }
      case "listDiffs": {
        List<ObjectNode> items = diffItems(call);
        if (items != null) {
          GuardianPages.Window window = GuardianPages.Window.of(call, "per_page", DIFFS_PER_PAGE, 1);
          List<ObjectNode> page = window.of(items);
          return GuardianDocuments.csv(DIFF_HEADER, 0, page.size(), i -> diffRow(page.get((int) i)));
        }
        return GuardianDocuments.csv(DIFF_HEADER, 0, Math.min(changeReportRows(), 20),
            i -> "\"" + (i + 1) + "\",\"" + nodeNames().get((int) (i % nodeNames().size())) + "\",\"packages\",\"1.0."
                + i + "\",\"1.1." + i + "\"");
      }
      case "listCisBenchmarkResults":
        return GuardianDocuments.csv("\"Rule\",\"Node\",\"Result\"", 0, 3,
            i -> "\"1.1." + (i + 1) + "\",\"" + nodeNames().get(0) + "\",\"" + (i == 1 ? "fail" : "pass") + "\"");
      case "getNodeLastScanDetails":
        return GuardianDocuments.csv("\"ID\",\"Node\",\"Label\",\"Status\"", 0, 1,
            i -> "\"9\",\"" + call.pathParameter("nodeId") + "\",\"Authorized change 2001\",\"1\"");
      default:
        return GuardianDocuments.pdf("latest results of policy " + call.pathParameter("policyId"));
    }
  }

  private String mediaType(MockCall call) {
    String operationId = call.operation().operationId();
    if (operationId.equals("getAggregateChangeReport")) {
      return "text/csv";
    }
    String format = DOCUMENT_FORMATS.containsKey(operationId) ? call.pathParameter("format") : null;
    if (format == null || !FORMATS.contains(format) || format.equals("json")) {
      return null;
    }
    return format.equals("pdf") ? "application/pdf" : "text/csv";
  }

  private static final String DIFF_HEADER = "\"ID\",\"Node\",\"CI_Type\",\"Old\",\"New\"";

  private static String diffRow(ObjectNode item) {
    return "\"" + item.path("id").asText() + "\",\"" + item.path("node_name").asText() + "\",\"" + item.path("ci_type").asText()
        + "\",\"" + item.path("old").asText() + "\",\"" + item.path("new").asText() + "\"";
  }

  /** @return the seeded diff items in the call's scope (node, node group or environment), or null when none were seeded */
  private List<ObjectNode> diffItems(MockCall call) {
    List<ObjectNode> items = state.seeded(DIFF_ITEMS);
    if (items == null) {
      return null;
    }
    Long node = MockCall.longValue(call.query("node_id"));
    Long group = MockCall.longValue(call.query("node_group_id"));
    Long environment = MockCall.longValue(call.query("environment_id"));
    Set<Long> scope = null;
    if (node != null) {
      scope = Set.of(node);
    } else if (group != null) {
      scope = state.membersOf(group).stream().map(n -> n.get("id").asLong()).collect(Collectors.toSet());
    } else if (environment != null) {
      scope = state.nodeList().stream().filter(n -> n.path("environment_id").asLong() == environment)
          .map(n -> n.get("id").asLong()).collect(Collectors.toSet());
    }
    Set<Long> nodes = scope;
    return nodes == null ? items
        : items.stream().filter(item -> nodes.contains(item.path("node_id").asLong())).collect(Collectors.toList());
  }

  /** A page of the seeded diff items in the DiffItemList shape, or null (the documented example) when none were seeded. */
  private ResponseDefinition diffsJson(MockCall call) {
    List<ObjectNode> items = diffItems(call);
    if (items == null) {
      return null;
    }
    GuardianPages.Window window = GuardianPages.Window.of(call, "per_page", DIFFS_PER_PAGE, 1);
    if (window.error() != null) {
      return window.error();
    }
    List<ObjectNode> page = window.of(items);
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("diff_items_count", page.size())
        .put("ignored_items_count", 0).put("total_items_count", page.size());
    page.forEach(body.putArray("diff_items")::add);
    body.putArray("ignored_items");
    return json(200, body);
  }

  private ResponseDefinition changeReportJson(MockCall call) {
    GuardianPages.Window window = GuardianPages.Window.of(call, "limit", 4000, 0);
    long last = Math.min(changeReportRows(), window.to());
    List<ObjectNode> nodes = nodesFor(window.from(), last);
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    report.putArray("diff_counts");
    ArrayNode items = report.putArray("diff_items");
    for (long i = window.from(); i < last; i++) {
      ObjectNode node = nodes.get((int) (i - window.from()));
      long packages = i % 97;
      items.addObject().put("id", i + 1).put("node_id", node.get("id").asLong()).put("node_name", node.get("name").asText())
          .put("ci_type", "packages").put("old_summary", "packages: " + packages).put("new_summary", "packages: " + (packages + 1));
    }
    return json(200, report);
  }

  /**
   * The nodes of change report rows {@code from} to {@code to}, row {@code i} naming node
   * {@code i % nodes}: read by position, O(rows + log nodes), not every node per page.
   */
  private List<ObjectNode> nodesFor(long from, long to) {
    List<ObjectNode> rows = new java.util.ArrayList<>();
    if (from >= to) {
      return rows;
    }
    int count = state.nodeCount();
    long start = from % count;           // no nodes: the report cannot name one (as before, an error)
    while (rows.size() < to - from) {
      List<ObjectNode> run = state.nodeWindow(null, start, start + Math.min(count - start, to - from - rows.size()));
      if (run.isEmpty()) {
        break;
      }
      rows.addAll(run);
      start = 0;
    }
    return rows;
  }

  private List<String> nodeNames() {
    return state.nodeList().stream().map(n -> n.path("name").asText()).collect(Collectors.toList());
  }
}
