package io.secplat.veza;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.PathSegment;
import io.secplat.core.paging.PagedIterable;
import io.secplat.core.paging.TokenPaging;
import io.secplat.veza.generated.api.AssessmentQueriesApi;
import io.secplat.veza.generated.model.AssessmentQuery;
import io.secplat.veza.generated.model.AssessmentQueryIdValue;
import io.secplat.veza.generated.model.AssessmentQueryNode;
import io.secplat.veza.generated.model.AssessmentQueryResult;
import io.secplat.veza.generated.model.AssessmentQuerySpec;
import io.secplat.veza.generated.model.CreateAssessmentQueryRequest;
import io.secplat.veza.generated.model.GetAssessmentQueryResponse;
import io.secplat.veza.generated.model.ListAssessmentQueriesResponse;
import io.secplat.veza.generated.model.UpdateAssessmentQueryRequest;

/**
 * Saved assessment queries: list, create, read, replace, delete, and run (nodes, result,
 * destination nodes). Listings are lazy streams over Veza's page tokens.
 *
 * <pre>{@code
 * String id = veza.savedQueries().create("Okta users without MFA on public buckets", null,
 *     Query.from(node("OktaUser").where(property("mfa_active").eq(false))).to(node("S3Bucket")).build());
 * veza.savedQueries().nodes(id, NodeListOptions.defaults()).forEach(n -> System.out.println(n.getId()));
 * }</pre>
 */
public final class SavedQueries {
  private final AssessmentQueriesApi api;
  private final ObjectMapper json;

  SavedQueries(AssessmentQueriesApi api, ObjectMapper json) {
    this.api = api;
    this.json = json;
  }

  /**
   * Lists saved queries ({@code GET /api/v1/assessments/queries}).
   *
   * @param options filter, order, page size and flags
   * @return the queries, fetched lazily
   */
  @Operation("ListAssessmentQueries")
  public PagedIterable<AssessmentQuery> list(QueryListOptions options) {
    Arguments.requireNonNull("options", options);
    return TokenPaging.iterate("Veza", "ListAssessmentQueries", token -> {
      ListAssessmentQueriesResponse page = api.listAssessmentQueries(
          trueOrNull(options.includeInactive()), null, trueOrNull(options.risksOnly()),
          trueOrNull(options.includeResults()), null, options.filter(), options.orderBy(), options.pageSize(), token);
      return new TokenPaging.Slice<>(page.getValues(), page.getNextPageToken(), page.getHasMore());
    });
  }

  /**
   * Saves a query ({@code POST /api/v1/assessments/queries}). Not retried.
   *
   * @param name the query's name, not blank
   * @param description a description, or null
   * @param spec what the query asks, for example built with {@link io.secplat.veza.query.Query}
   * @return the new query's id
   */
  @Operation("CreateAssessmentQuery")
  public String create(String name, String description, AssessmentQuerySpec spec) {
    CreateAssessmentQueryRequest request = asRequest(name, description, spec, CreateAssessmentQueryRequest.class);
    AssessmentQueryIdValue created = api.createAssessmentQuery(request);
    return created.getId() != null ? created.getId() : created.getValue() == null ? null : created.getValue().getId();
  }

  /**
   * Reads a saved query ({@code GET /api/v1/assessments/queries/{id}}).
   *
   * @param id the query id
   * @return the query
   * @throws io.secplat.core.error.NotFoundException when there is no such query
   */
  @Operation("GetAssessmentQuery")
  public AssessmentQuery get(String id) {
    GetAssessmentQueryResponse response = api.getAssessmentQuery(PathSegment.of("id", id));
    if (response == null || response.getValue() == null) {
      // 200 {}: the contract promises the query; null would fail later, far from the cause
      throw new io.secplat.core.error.UndecodableResponseException(new io.secplat.core.error.ErrorDetails("Veza", "GET",
          "/api/v1/assessments/queries/" + io.secplat.core.PathSegment.encode(id), 200, null,
          "the answer carried no query (no value)", null, null), null);
    }
    return response.getValue();
  }

  /**
   * Replaces a saved query ({@code PUT /api/v1/assessments/queries/{id}}); Veza supports no
   * partial update, so name, description and spec are all sent.
   *
   * @param id the query id
   * @param name the new name, not blank
   * @param description the new description, or null
   * @param spec the new spec
   */
  @Operation("UpdateAssessmentQuery")
  public void update(String id, String name, String description, AssessmentQuerySpec spec) {
    String segment = PathSegment.of("id", id);
    api.updateAssessmentQuery(segment, asRequest(name, description, spec, UpdateAssessmentQueryRequest.class));
  }

  /**
   * Deletes a saved query ({@code DELETE /api/v1/assessments/queries/{id}}).
   *
   * @param id the query id
   * @param force whether to delete it even when other objects (reports, rules) use it
   */
  @Operation("DeleteAssessmentQuery")
  public void delete(String id, boolean force) {
    api.deleteAssessmentQuery(PathSegment.of("id", id), trueOrNull(force));
  }

  /**
   * Runs a saved query and streams its source nodes ({@code GET …/queries/{id}:nodes}).
   *
   * @param id the query id
   * @param options page size, order, snapshot, properties
   * @return the nodes, fetched lazily
   */
  @Operation("GetAssessmentQueryNodes")
  public PagedIterable<AssessmentQueryNode> nodes(String id, NodeListOptions options) {
    String segment = PathSegment.of("id", id);
    Arguments.requireNonNull("options", options);
    return VezaPaging.nodes(token -> api.getAssessmentQueryNodes(segment, options.snapshotId(), null,
        options.propertiesToGet().isEmpty() ? null : options.propertiesToGet(), options.pageSizeText(), token,
        options.orderBy()));
  }

  /**
   * Runs a saved query and returns its result ({@code GET …/queries/{id}:result}), such as a count.
   *
   * @param id the query id
   * @return the result
   */
  @Operation("GetAssessmentQueryResult")
  public AssessmentQueryResult result(String id) {
    return api.getAssessmentQueryResult(PathSegment.of("id", id), null, null, null);
  }

  /**
   * Streams the destination nodes a source node reaches in a saved query
   * ({@code GET …/queries/{id}/destination_nodes}).
   *
   * @param id the query id
   * @param sourceNodeId the source node, for example an ARN (sent as a query parameter, encoded)
   * @param options page size and snapshot
   * @return the destination nodes, fetched lazily
   */
  @Operation("GetAssessmentQueryDestinationNodes")
  public PagedIterable<AssessmentQueryNode> destinationNodes(String id, String sourceNodeId, NodeListOptions options) {
    String segment = PathSegment.of("id", id);
    Arguments.requireNonBlank("sourceNodeId", sourceNodeId);
    Arguments.requireNonNull("options", options);
    return VezaPaging.nodes(token -> api.getAssessmentQueryDestinationNodes(segment, sourceNodeId,
        options.snapshotId(), options.pageSizeText(), token));
  }

  /** The saved-query bodies carry the spec's fields at top level, beside name and description. */
  private <T> T asRequest(String name, String description, AssessmentQuerySpec spec, Class<T> type) {
    Arguments.requireNonBlank("name", name);
    Arguments.requireNonNull("spec", spec);
    ObjectNode body = json.valueToTree(spec);
    body.remove("page_size");
    body.remove("page_token");
    body.put("name", name);
    if (description != null) {
      body.put("description", description);
    }
    return json.convertValue(body, type);
  }

  private static Boolean trueOrNull(boolean flag) {
    return flag ? Boolean.TRUE : null;
  }
}
