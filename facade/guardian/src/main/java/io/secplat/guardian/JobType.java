package io.secplat.guardian;

/**
 * What a new job runs, and what its {@code typeId} names (Guardian's job type codes).
 *
 * <pre>{@code
 * guardian.jobs().create(JobType.NODE_SCAN, 311);
 * }</pre>
 */
public enum JobType {
  /** Runs the latest version of a CIS benchmark policy (typeId: the policy) on a node or node group. */
  POLICY(3),
  /** Checks the CIS benchmarks linked to a node (typeId: the node). */
  NODE(4),
  /** Checks the CIS benchmarks linked to an environment (typeId: the environment). */
  ENVIRONMENT(5),
  /** Runs a CIS benchmark policy version (typeId: the version) on a node or node group. */
  POLICY_VERSION(6),
  /** Checks the CIS benchmarks linked to a node group (typeId: the node group). */
  NODE_GROUP(7),
  /** Scans a node, then runs its node groups' custom policies (typeId: the node). */
  NODE_SCAN(11),
  /** Scans an environment's nodes (typeId: the environment). */
  ENVIRONMENT_NODE_SCAN(12),
  /** Scans a node group's nodes (typeId: the node group). */
  NODE_GROUP_NODE_SCAN(13);

  private final int code;

  JobType(int code) {
    this.code = code;
  }

  /** @return Guardian's code, sent as {@code type}, e.g. 11 for {@code NODE_SCAN} */
  public int code() {
    return code;
  }

  /** @return whether a job of this type runs against a node or node group given apart from its typeId */
  boolean takesTarget() {
    return this == POLICY || this == POLICY_VERSION;
  }
}
