package io.secplat.britive;

import io.secplat.britive.generated.api.EnvironmentsApi;
import io.secplat.britive.generated.model.CreateEnvironmentGroupRequest;
import io.secplat.britive.generated.model.CreateEnvironmentRequest;
import io.secplat.britive.generated.model.Environment;
import io.secplat.britive.generated.model.EnvironmentGroup;
import io.secplat.britive.generated.model.EnvironmentListItem;
import io.secplat.britive.generated.model.EnvironmentNodeSummary;
import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.PathSegment;
import java.util.List;

/**
 * Environments and environment groups of a Britive application.
 *
 * <pre>{@code
 * EnvironmentGroup group = britive.environments().createGroup("app-1", "Dev Group", rootGroupId, "Developers");
 * Environment env = britive.environments().create("app-1", "DevEnv", group.getId(), null);
 * britive.environments().delete("app-1", env.getId());
 * }</pre>
 */
public final class Environments {
  private final EnvironmentsApi api;

  Environments(EnvironmentsApi api) {
    this.api = api;
  }

  /**
   * Lists every environment of an application ({@code GET /api/apps/{appID}/environments}).
   *
   * @param appId the application id
   * @return the environments
   */
  @Operation("listEnvironments")
  public List<EnvironmentListItem> list(String appId) {
    return api.listEnvironments(PathSegment.of("appId", appId));
  }

  /**
   * Summarises the environments or the environment groups of an application
   * ({@code GET /api/apps/{appID}/root-environment-group?view=summary&type=…}).
   *
   * @param appId the application id
   * @param type which children to list
   * @return name, id and node type of each
   */
  @Operation("getEnvironmentTreeSummary")
  public List<EnvironmentNodeSummary> summarize(String appId, TreeSummaryType type) {
    String app = PathSegment.of("appId", appId);
    Arguments.requireNonNull("type", type);
    return api.getEnvironmentTreeSummary(app, "summary", type.wireValue());
  }

  /**
   * Creates an environment group ({@code POST /api/apps/{appID}/root-environment-group/groups}).
   * Britive allows this for AWS Standalone, Salesforce and ServiceNow applications only.
   *
   * @param appId the application id
   * @param name the group's name, not blank
   * @param parentId the parent group's id; an empty string creates a root group, as Britive's SDK does
   * @param description an optional description, or null
   * @return the created group
   */
  @Operation("createEnvironmentGroup")
  public EnvironmentGroup createGroup(String appId, String name, String parentId, String description) {
    String app = PathSegment.of("appId", appId);
    CreateEnvironmentGroupRequest body = new CreateEnvironmentGroupRequest()
        .name(Arguments.requireNonBlank("name", name))
        .parentId(Arguments.requireNonNull("parentId", parentId))
        .description(description)
        .type(CreateEnvironmentGroupRequest.TypeEnum.GROUP);
    return api.createEnvironmentGroup(app, body);
  }

  /**
   * Deletes an environment group ({@code DELETE /api/apps/{appID}/environment-groups/{envGroupID}}).
   *
   * @param appId the application id
   * @param groupId the environment group's id
   */
  @Operation("deleteEnvironmentGroup")
  public void deleteGroup(String appId, String groupId) {
    String app = PathSegment.of("appId", appId);
    api.deleteEnvironmentGroup(app, PathSegment.of("groupId", groupId));
  }

  /**
   * Creates an environment in a group ({@code POST /api/apps/{appID}/root-environment-group/environments}).
   *
   * @param appId the application id
   * @param name the environment's name, not blank
   * @param parentGroupId the id of the group that will hold it, not blank
   * @param description an optional description, or null
   * @return the created environment
   */
  @Operation("createEnvironment")
  public Environment create(String appId, String name, String parentGroupId, String description) {
    String app = PathSegment.of("appId", appId);
    CreateEnvironmentRequest body = new CreateEnvironmentRequest()
        .name(Arguments.requireNonBlank("name", name))
        .parentGroupId(Arguments.requireNonBlank("parentGroupId", parentGroupId))
        .description(description)
        .type(CreateEnvironmentRequest.TypeEnum.ENVIRONMENT);
    return api.createEnvironment(app, body);
  }

  /**
   * Deletes an environment ({@code DELETE /api/apps/{appID}/environments/{envID}}).
   *
   * @param appId the application id
   * @param envId the environment's id
   */
  @Operation("deleteEnvironment")
  public void delete(String appId, String envId) {
    String app = PathSegment.of("appId", appId);
    api.deleteEnvironment(app, PathSegment.of("envId", envId));
  }
}
