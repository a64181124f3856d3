package io.secplat.guardian;

/**
 * Names a policy version: by its own id, or by its policy and version number, or the latest
 * version of a policy. Guardian takes exactly one of these forms.
 *
 * <pre>{@code
 * guardian.nodeGroups().policyVersions().add(1, PolicyVersionRef.latestOf(14));
 * }</pre>
 */
public final class PolicyVersionRef {
  private final Long policyVersionId;
  private final Long policyId;
  private final String version;

  private PolicyVersionRef(Long policyVersionId, Long policyId, String version) {
    this.policyVersionId = policyVersionId;
    this.policyId = policyId;
    this.version = version;
  }

  /**
   * A policy version by its id, e.g. {@code PolicyVersionRef.of(17)}.
   *
   * @param policyVersionId the policy version's id
   * @return the reference
   */
  public static PolicyVersionRef of(long policyVersionId) {
    return new PolicyVersionRef(Ids.id("policyVersionId", policyVersionId), null, null);
  }

  /**
   * A version of a policy, e.g. {@code PolicyVersionRef.of(14, 3)}.
   *
   * @param policyId the policy's id
   * @param version the version number, from 1
   * @return the reference
   */
  public static PolicyVersionRef of(long policyId, int version) {
    io.secplat.core.Arguments.requirePositive("version", version);
    return new PolicyVersionRef(null, Ids.id("policyId", policyId), Integer.toString(version));
  }

  /**
   * The latest version of a policy ({@code version=latest}), e.g. {@code PolicyVersionRef.latestOf(14)}.
   *
   * @param policyId the policy's id
   * @return the reference
   */
  public static PolicyVersionRef latestOf(long policyId) {
    return new PolicyVersionRef(null, Ids.id("policyId", policyId), "latest");
  }

  Long policyVersionId() {
    return policyVersionId;
  }

  Long policyId() {
    return policyId;
  }

  String version() {
    return version;
  }

  @Override
  public String toString() {
    return policyVersionId != null ? "PolicyVersionRef[" + policyVersionId + "]"
        : "PolicyVersionRef[policy " + policyId + ", version " + version + "]";
  }
}
