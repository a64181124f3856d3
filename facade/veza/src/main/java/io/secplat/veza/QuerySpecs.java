package io.secplat.veza;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.veza.generated.api.QuerySpecsApi;
import io.secplat.veza.generated.model.AssessmentQueryNode;
import io.secplat.veza.generated.model.AssessmentQueryResult;
import io.secplat.veza.generated.model.AssessmentQuerySpec;
import io.secplat.veza.generated.model.GetAssessmentQuerySpecDestinationNodesRequest;

/**
 * Ad-hoc queries: run a query spec without saving it. These POSTs only read, so they are
 * retried like GETs.
 *
 * <pre>{@code
 * AssessmentQuerySpec spec = Query.from(node("OktaUser")).to(node("S3Bucket")).includeNodes().build();
 * long users = veza.querySpecs().nodes(spec, NodeListOptions.defaults()).stream().count();
 * }</pre>
 */
public final class QuerySpecs {
  private final QuerySpecsApi api;

  QuerySpecs(QuerySpecsApi api) {
    this.api = api;
  }

  /**
   * Streams the source nodes that match a spec ({@code POST /api/v1/assessments/query_spec:nodes}).
   *
   * @param spec the query
   * @param options page size and order
   * @return the nodes, fetched lazily
   */
  @Operation("GetAssessmentQuerySpecNodes")
  public PagedIterable<AssessmentQueryNode> nodes(AssessmentQuerySpec spec, NodeListOptions options) {
    Arguments.requireNonNull("spec", spec);
    Arguments.requireNonNull("options", options);
    return VezaPaging.nodes(token -> api.getAssessmentQuerySpecNodes(spec, options.pageSizeText(), token,
        options.orderBy()));
  }

  /**
   * Evaluates a spec to its result, such as a count ({@code POST …/query_spec:result}).
   *
   * @param spec the query
   * @return the result
   */
  @Operation("GetAssessmentQuerySpecResult")
  public AssessmentQueryResult result(AssessmentQuerySpec spec) {
    return api.getAssessmentQuerySpecResult(Arguments.requireNonNull("spec", spec));
  }

  /**
   * Streams the destination nodes one source node reaches under a spec
   * ({@code POST …/query_spec:destination_nodes}).
   *
   * @param spec the query
   * @param sourceNodeId the source node, for example an ARN
   * @param options page size, order and snapshot
   * @return the destination nodes, fetched lazily
   */
  @Operation("GetAssessmentQuerySpecDestinationNodes")
  public PagedIterable<AssessmentQueryNode> destinationNodes(
      AssessmentQuerySpec spec, String sourceNodeId, NodeListOptions options) {
    Arguments.requireNonNull("spec", spec);
    Arguments.requireNonBlank("sourceNodeId", sourceNodeId);
    Arguments.requireNonNull("options", options);
    GetAssessmentQuerySpecDestinationNodesRequest request = new GetAssessmentQuerySpecDestinationNodesRequest()
        .spec(spec).sourceNodeId(sourceNodeId).snapshotId(options.snapshotId());
    return VezaPaging.nodes(token -> api.getAssessmentQuerySpecDestinationNodes(request, options.orderBy(),
        options.pageSizeText(), token));
  }
}
