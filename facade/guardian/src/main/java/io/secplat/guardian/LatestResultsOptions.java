package io.secplat.guardian;

/**
 * What the latest results of a policy include. Immutable; each {@code with…} returns a copy.
 *
 * <pre>{@code
 * LatestResultsOptions failures = LatestResultsOptions.defaults().withFailedOnly(true).withNode(311);
 * }</pre>
 *
 * @param failedOnly only failed results, or null for Guardian's default
 * @param includePolicy include the policy, or null
 * @param includePolicyVersions include the policy versions, or null
 * @param includeTypeStats include statistics by type, or null
 * @param includePolicyResults include the individual results, or null
 * @param allData include all data, or null
 * @param nodeId only this node's results, or null
 */
public record LatestResultsOptions(Boolean failedOnly, Boolean includePolicy, Boolean includePolicyVersions,
    Boolean includeTypeStats, Boolean includePolicyResults, Boolean allData, Long nodeId) {
  /** Checks the node id. */
  public LatestResultsOptions {
    if (nodeId != null) {
      Ids.id("nodeId", nodeId);
    }
  }

  /** @return Guardian's defaults for every flag, every node */
  public static LatestResultsOptions defaults() {
    return new LatestResultsOptions(null, null, null, null, null, null, null);
  }

  /**
   * @param value only failed results, e.g. {@code true}
   * @return a copy with this setting
   */
  public LatestResultsOptions withFailedOnly(boolean value) {
    return new LatestResultsOptions(value, includePolicy, includePolicyVersions, includeTypeStats, includePolicyResults,
        allData, nodeId);
  }

  /**
   * @param value include the policy, e.g. {@code true}
   * @return a copy with this setting
   */
  public LatestResultsOptions withIncludePolicy(boolean value) {
    return new LatestResultsOptions(failedOnly, value, includePolicyVersions, includeTypeStats, includePolicyResults,
        allData, nodeId);
  }

  /**
   * @param value include the policy versions, e.g. {@code true}
   * @return a copy with this setting
   */
  public LatestResultsOptions withIncludePolicyVersions(boolean value) {
    return new LatestResultsOptions(failedOnly, includePolicy, value, includeTypeStats, includePolicyResults, allData,
        nodeId);
  }

  /**
   * @param value include statistics by type, e.g. {@code true}
   * @return a copy with this setting
   */
  public LatestResultsOptions withIncludeTypeStats(boolean value) {
    return new LatestResultsOptions(failedOnly, includePolicy, includePolicyVersions, value, includePolicyResults,
        allData, nodeId);
  }

  /**
   * @param value include the individual results, e.g. {@code true}
   * @return a copy with this setting
   */
  public LatestResultsOptions withIncludePolicyResults(boolean value) {
    return new LatestResultsOptions(failedOnly, includePolicy, includePolicyVersions, includeTypeStats, value, allData,
        nodeId);
  }

  /**
   * @param value include all data, e.g. {@code true}
   * @return a copy with this setting
   */
  public LatestResultsOptions withAllData(boolean value) {
    return new LatestResultsOptions(failedOnly, includePolicy, includePolicyVersions, includeTypeStats,
        includePolicyResults, value, nodeId);
  }

  /**
   * @param id only this node's results, e.g. {@code 311}
   * @return a copy for that node
   */
  public LatestResultsOptions withNode(long id) {
    return new LatestResultsOptions(failedOnly, includePolicy, includePolicyVersions, includeTypeStats,
        includePolicyResults, allData, id);
  }
}
