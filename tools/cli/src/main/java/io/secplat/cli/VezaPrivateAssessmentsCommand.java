package io.secplat.cli;

import io.secplat.veza.generated.model.CohortRoleAnalysisRequest;
import io.secplat.veza.generated.model.GetAccessRelationshipRequest;
import io.secplat.veza.generated.model.RoleExistsRequest;
import io.secplat.veza.generated.model.RoleMaintenanceRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code secplat veza private-assessments role-exists|role-maintenance|access-relationship|cohort-role-analysis}:
 * the private (Early Access) assessments, each a request read from a JSON file and answered with one row.
 */
@Command(name = "private-assessments", mixinStandardHelpOptions = true,
    description = "Run the private (Early Access) assessments: role existence, role maintenance, access relationships, "
        + "cohort role analysis.")
final class VezaPrivateAssessmentsCommand extends ReadCommand.Veza {
  @Command(name = "role-exists", mixinStandardHelpOptions = true, description = "List the ids of existing roles that have the requested resource permissions.")
  int roleExists(@Mixin RequestFile request, @Mixin OutputOptions output) {
    return read(output, veza -> veza.privateAssessments().roleExists(request.as(RoleExistsRequest.class)));
  }

  @Command(name = "role-maintenance", mixinStandardHelpOptions = true, description = "Analyse the maintenance of a role.")
  int roleMaintenance(@Mixin RequestFile request, @Mixin OutputOptions output) {
    return read(output, veza -> veza.privateAssessments().roleMaintenance(request.as(RoleMaintenanceRequest.class)));
  }

  @Command(name = "access-relationship", mixinStandardHelpOptions = true,
      description = "Show the access relationship between a principal and a resource.")
  int accessRelationship(@Mixin RequestFile request, @Mixin OutputOptions output) {
    return read(output, veza -> veza.privateAssessments().accessRelationship(request.as(GetAccessRelationshipRequest.class)));
  }

  @Command(name = "cohort-role-analysis", mixinStandardHelpOptions = true, description = "Analyse the roles of a cohort of principals.")
  int cohortRoleAnalysis(@Mixin RequestFile request, @Mixin OutputOptions output) {
    return read(output, veza -> veza.privateAssessments().cohortRoleAnalysis(request.as(CohortRoleAnalysisRequest.class)));
  }
}
