package io.secplat.guardian;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.Arguments;
import io.secplat.core.Lookup;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.PoliciesApi;
import io.secplat.guardian.generated.api.PoliciesApi.AddFileCheckToPolicyQueryParams;
import io.secplat.guardian.generated.api.PoliciesApi.ListPoliciesQueryParams;
import io.secplat.guardian.generated.api.PoliciesApi.LookupPolicyQueryParams;
import io.secplat.guardian.generated.model.Policy;
import io.secplat.guardian.generated.model.PolicyCreateAttributes;
import io.secplat.guardian.generated.model.PolicyCreateRequest;
import io.secplat.guardian.generated.model.PolicyLookupResult;
import io.secplat.guardian.generated.model.PolicyUpdateAttributes;
import io.secplat.guardian.generated.model.PolicyUpdateRequest;
import io.secplat.guardian.generated.model.PolicyVersionSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Policies (configuration checks): the records, lookups, target nodes, versions and file checks;
 * their results through {@link #results()}. The Rails root key {@code policy} of request bodies
 * (and of the skeleton) is handled here.
 *
 * <pre>{@code
 * Policy ssh = guardian.policies().create(new PolicyCreateAttributes().name("SSH hardening").operatingSystemFamilyId(2L));
 * guardian.policies().addFileCheck(ssh.getId(),
 *     new FileCheck("files", "/etc/ssh/sshd_config", "contents", FileCheckType.INCLUDES, "PermitRootLogin no"));
 * List<Long> targets = guardian.policies().targetNodes(ssh.getId());
 * }</pre>
 */
public final class Policies {
  private static final TypeReference<List<Long>> IDS = new TypeReference<>() {};

  private final PoliciesApi api;
  private final ObjectMapper json;
  private final PolicyResults results;

  Policies(PoliciesApi api, ObjectMapper json, DocumentsApi documents) {
    this.api = api;
    this.json = json;
    this.results = new PolicyResults(api, documents);
  }

  /** @return the results of policies, e.g. {@code policies().results().latest(1, LatestResultsOptions.defaults())} */
  public PolicyResults results() {
    return results;
  }

  /**
   * The skeleton of a new policy, without its root key ({@code GET /api/v2/policies/new.json}), e.g.
   * {@code policies().template()}.
   *
   * @return the skeleton's fields
   */
  @Operation("getPolicyTemplate")
  public PolicyCreateAttributes template() {
    PolicyCreateRequest skeleton = api.getPolicyTemplate();
    return skeleton == null || skeleton.getPolicy() == null ? new PolicyCreateAttributes() : skeleton.getPolicy();
  }

  /**
   * Every policy, 20 per request, e.g. {@code policies().list()}.
   *
   * @return the policies, fetched lazily
   */
  @Operation("listPolicies")
  public PagedIterable<Policy> list() {
    return list(GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * Every policy ({@code GET /api/v2/policies.json}), e.g. {@code policies().list(100)}.
   *
   * @param perPage policies per request
   * @return the policies, fetched lazily
   */
  @Operation("listPolicies")
  public PagedIterable<Policy> list(int perPage) {
    return GuardianPaging.iterate(perPage, (page, size) -> api.listPolicies(new ListPoliciesQueryParams().page(page).perPage(size)));
  }

  /**
   * Creates a policy ({@code POST /api/v2/policies.json}, body {@code {"policy": ...}}), e.g.
   * {@code policies().create(new PolicyCreateAttributes().name("SSH hardening"))}. Not retried.
   *
   * @param attributes the new policy's fields; unset fields are not sent
   * @return the created policy
   */
  @Operation("createPolicy")
  public Policy create(PolicyCreateAttributes attributes) {
    return api.createPolicy(new PolicyCreateRequest().policy(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * One policy ({@code GET /api/v2/policies/{id}.json}), e.g. {@code policies().get(1)}.
   *
   * @param policyId the policy's id
   * @return the policy (its data is JSON in a string)
   */
  @Operation("getPolicy")
  public Policy get(long policyId) {
    return api.getPolicy(Ids.id("policyId", policyId));
  }

  /**
   * Changes the fields given ({@code PUT /api/v2/policies/{id}.json}), e.g.
   * {@code policies().update(1, new PolicyUpdateAttributes().description("Stricter"))}.
   *
   * @param policyId the policy's id
   * @param attributes the fields to change; unset fields are not sent and stay as they are
   */
  @Operation("updatePolicy")
  public void update(long policyId, PolicyUpdateAttributes attributes) {
    long id = Ids.id("policyId", policyId);
    api.updatePolicy(id, new PolicyUpdateRequest().policy(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * Deletes a policy ({@code DELETE /api/v2/policies/{id}.json}), e.g. {@code policies().delete(1)}.
   *
   * @param policyId the policy's id
   */
  @Operation("deletePolicy")
  public void delete(long policyId) {
    api.deletePolicy(Ids.id("policyId", policyId));
  }

  /**
   * Finds a policy's id by name ({@code GET /api/v2/policies/lookup.json?name=}), e.g.
   * {@code policies().lookup("Basic user permissions.")}.
   *
   * @param name the policy's name
   * @return its id, or empty when no policy has that name
   */
  @Operation("lookupPolicy")
  public Optional<Long> lookup(String name) {
    LookupPolicyQueryParams params = new LookupPolicyQueryParams().name(Arguments.requireNonBlank("name", name));
    return Lookup.optional(() -> api.lookupPolicy(params)).map(PolicyLookupResult::getPolicyId);
  }

  /**
   * Finds a policy's id by short description ({@code GET /api/v2/policies/lookup.json?short_description=}),
   * e.g. {@code policies().lookupByShortDescription("User permissions")}.
   *
   * @param shortDescription the policy's short description
   * @return its id, or empty when no policy has that short description
   */
  @Operation("lookupPolicy")
  public Optional<Long> lookupByShortDescription(String shortDescription) {
    LookupPolicyQueryParams params = new LookupPolicyQueryParams()
        .shortDescription(Arguments.requireNonBlank("shortDescription", shortDescription));
    return Lookup.optional(() -> api.lookupPolicy(params)).map(PolicyLookupResult::getPolicyId);
  }

  /**
   * The ids of the nodes a policy applies to ({@code GET /api/v2/policies/{id}/target_nodes.json},
   * which answers a JSON string such as {@code "[53,61,62]"}), e.g. {@code policies().targetNodes(1)}.
   *
   * @param policyId the policy's id
   * @return the node ids
   * @throws io.secplat.core.error.UndecodableResponseException when the string is not a list of ids
   */
  @Operation("getPolicyTargetNodes")
  public List<Long> targetNodes(long policyId) {
    String encoded = api.getPolicyTargetNodes(Ids.id("policyId", policyId));
    if (encoded == null || encoded.isBlank()) {
      return List.of();
    }
    try {
      return List.copyOf(json.readValue(encoded, IDS));
    } catch (JsonProcessingException e) {
      throw new io.secplat.core.error.UndecodableResponseException(new io.secplat.core.error.ErrorDetails(
          GuardianClient.VENDOR, "GET", "/api/v2/policies/" + policyId + "/target_nodes.json", 200, null,
          "target nodes are not a JSON list of ids", null, null), null);
    }
  }

  /**
   * The versions of a policy ({@code GET /api/v2/policies/{id}/versions.json}), e.g. {@code policies().versions(1)}.
   *
   * @param policyId the policy's id
   * @return the versions (not paged; fields undocumented)
   */
  @Operation("listPolicyVersions")
  public List<Map<String, Object>> versions(long policyId) {
    return api.listPolicyVersions(Ids.id("policyId", policyId));
  }

  /**
   * Adds a file check to a policy ({@code POST /api/v2/policies/{id}/add_file_check.json}), e.g.
   * {@code policies().addFileCheck(1, check)}. Not retried.
   *
   * @param policyId the policy's id
   * @param check the check
   * @return the new policy version (201), or empty when Guardian made none (204)
   */
  @Operation("addFileCheckToPolicy")
  public Optional<PolicyVersionSummary> addFileCheck(long policyId, FileCheck check) {
    long id = Ids.id("policyId", policyId);
    Arguments.requireNonNull("check", check);
    return Optional.ofNullable(api.addFileCheckToPolicy(id, new AddFileCheckToPolicyQueryParams().section(check.section())
        .filePath(check.filePath()).attr(check.attribute()).check(check.check().wireValue()).expected(check.expected())
        .absentPass(check.absentPass())));
  }
}
