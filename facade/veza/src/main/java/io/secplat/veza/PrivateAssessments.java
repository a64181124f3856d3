package io.secplat.veza;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.veza.generated.api.PrivateAssessmentsApi;
import io.secplat.veza.generated.model.CohortRoleAnalysisRequest;
import io.secplat.veza.generated.model.CohortRoleAnalysisResponse;
import io.secplat.veza.generated.model.GetAccessRelationshipRequest;
import io.secplat.veza.generated.model.GetAccessRelationshipResponse;
import io.secplat.veza.generated.model.RoleExistsRequest;
import io.secplat.veza.generated.model.RoleExistsResponse;
import io.secplat.veza.generated.model.RoleMaintenanceRequest;
import io.secplat.veza.generated.model.RoleMaintenanceResponse;

/**
 * The private assessment APIs (Early Access, {@code /api/private}, Snowflake role
 * recommendations and access analysis). They compute answers and change nothing, so they are
 * retried like reads. The request models are the generated ones.
 */
public final class PrivateAssessments {
  private final PrivateAssessmentsApi api;

  PrivateAssessments(PrivateAssessmentsApi api) {
    this.api = api;
  }

  /**
   * @param request the permissions a role should grant
   * @return the existing roles that grant them
   */
  @Operation("RoleExists")
  public RoleExistsResponse roleExists(RoleExistsRequest request) {
    return api.roleExists(Arguments.requireNonNull("request", request));
  }

  /**
   * @param request the role and grantee changes to analyse
   * @return the maintenance recommendation
   */
  @Operation("RoleMaintenance")
  public RoleMaintenanceResponse roleMaintenance(RoleMaintenanceRequest request) {
    return api.roleMaintenance(Arguments.requireNonNull("request", request));
  }

  /**
   * @param request the nodes whose access relationship is wanted
   * @return the relationship
   */
  @Operation("GetAccessRelationship")
  public GetAccessRelationshipResponse accessRelationship(GetAccessRelationshipRequest request) {
    return api.getAccessRelationship(Arguments.requireNonNull("request", request));
  }

  /**
   * @param request the cohort to analyse
   * @return the analysis
   */
  @Operation("CohortRoleAnalysis")
  public CohortRoleAnalysisResponse cohortRoleAnalysis(CohortRoleAnalysisRequest request) {
    return api.cohortRoleAnalysis(Arguments.requireNonNull("request", request));
  }
}
