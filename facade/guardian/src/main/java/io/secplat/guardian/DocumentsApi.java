package io.secplat.guardian;

import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * The CSV and PDF forms of six operations, declared by hand because generated interfaces decode
 * every body: these return the raw {@link java.io.InputStream}, so that the document streams to the caller
 * ({@link io.secplat.core.http.StreamedBody}). Paths and parameters are the spec's (the pact-vs-spec
 * check proves it); query parameters are the generated {@code *QueryParams} maps, so they are
 * encoded exactly as the generated operations encode them.
 */
interface DocumentsApi {
  @RequestLine("GET /api/v2/change_report.{format}")
  @Headers("Accept: text/csv")
  java.io.InputStream changeReport(@Param("format") String format, @QueryMap(encoded = true) Map<String, Object> query);

  @RequestLine("GET /api/v2/change_report/aggregate.csv")
  @Headers("Accept: text/csv")
  java.io.InputStream aggregateChangeReport(@QueryMap(encoded = true) Map<String, Object> query);

  @RequestLine("GET /api/v2/cis_benchmarks/{cisBenchmarkId}/benchmark_results.{format}")
  @Headers("Accept: text/csv")
  java.io.InputStream cisBenchmarkResults(@Param("format") String format, @Param("cisBenchmarkId") long cisBenchmarkId,
      @QueryMap(encoded = true) Map<String, Object> query);

  @RequestLine("GET /api/v2/diffs.{format}")
  @Headers("Accept: text/csv")
  java.io.InputStream diffs(@Param("format") String format, @QueryMap(encoded = true) Map<String, Object> query);

  @RequestLine("GET /api/v2/nodes/{nodeId}/last_node_scan_details.{format}")
  @Headers("Accept: text/csv")
  java.io.InputStream lastNodeScanDetails(@Param("format") String format, @Param("nodeId") long nodeId,
      @QueryMap(encoded = true) Map<String, Object> query);

  @RequestLine("GET /api/v2/policies/{policyId}/latest_results.{format}")
  @Headers("Accept: application/pdf")
  java.io.InputStream policyLatestResults(@Param("format") String format, @Param("policyId") long policyId,
      @QueryMap(encoded = true) Map<String, Object> query);
}
