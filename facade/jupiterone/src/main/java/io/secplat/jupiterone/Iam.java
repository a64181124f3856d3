package io.secplat.jupiterone;

import static io.secplat.jupiterone.Endpoint.variables;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.jupiterone.generated.graphql.IamGroup;
import io.secplat.jupiterone.generated.graphql.IamGroupMembershipPayload;
import io.secplat.jupiterone.generated.graphql.IamGroupPage;
import io.secplat.jupiterone.generated.graphql.IamGroupUser;
import io.secplat.jupiterone.generated.graphql.IamGroupUserPage;
import io.secplat.jupiterone.generated.graphql.ResourcePermission;
import io.secplat.jupiterone.generated.graphql.SetResourcePermissionInput;
import java.util.List;
import java.util.Map;

/**
 * User groups, their members and resource permissions, on the IAM endpoint (configurable: the
 * docs give two hosts, see {@link JupiterOneEndpoints}). Every operation needs the accessAdmin
 * permission.
 *
 * <pre>{@code
 * IamGroup group = j1.iam().createGroup("Support", "Support engineers", List.of("readGraph"), null);
 * j1.iam().addUser(group.getId(), "abc@mycompany.com");
 * j1.iam().members(group.getId()).forEach(u -> System.out.println(u.getEmail()));
 * }</pre>
 */
public final class Iam {
  /** Groups or members asked for per page unless another size is given. */
  public static final int DEFAULT_PAGE_SIZE = 100;
  private final Endpoint iam;

  Iam(Endpoint iam) {
    this.iam = iam;
  }

  /** @return every user group, fetched lazily */
  @Operation("iamGroups")
  public PagedIterable<IamGroup> groups() {
    return groups(DEFAULT_PAGE_SIZE);
  }

  /**
   * @param pageSize groups per request, positive
   * @return every user group, fetched lazily
   */
  @Operation("iamGroups")
  public PagedIterable<IamGroup> groups(int pageSize) {
    Arguments.requirePositive("pageSize", pageSize);
    return JupiterOnePaging.pageInfo(
        cursor -> iam.call(Operations.IAM_GROUPS, "iamGroups", variables("limit", pageSize, "cursor", cursor), IamGroupPage.class),
        IamGroupPage::getItems, IamGroupPage::getPageInfo);
  }

  /**
   * @param groupId the group id
   * @return every member of the group, fetched lazily
   */
  @Operation("iamGroupUsers")
  public PagedIterable<IamGroupUser> members(String groupId) {
    return members(groupId, DEFAULT_PAGE_SIZE);
  }

  /**
   * @param groupId the group id
   * @param pageSize members per request, positive
   * @return every member of the group, fetched lazily
   */
  @Operation("iamGroupUsers")
  public PagedIterable<IamGroupUser> members(String groupId, int pageSize) {
    Arguments.requireNonBlank("groupId", groupId);
    Arguments.requirePositive("pageSize", pageSize);
    return JupiterOnePaging.pageInfo(
        cursor -> iam.call(Operations.IAM_GROUP_USERS, "iamGroupUsers",
            variables("groupId", groupId, "limit", pageSize, "cursor", cursor), IamGroupUserPage.class),
        IamGroupUserPage::getItems, IamGroupUserPage::getPageInfo);
  }

  /**
   * @param groupId the group id
   * @param userEmail the user's email
   * @return whether the server reports success
   */
  @Operation("addIamUserToGroupByEmail")
  public boolean addUser(String groupId, String userEmail) {
    return membership(Operations.ADD_IAM_USER_TO_GROUP_BY_EMAIL, "addIamUserToGroupByEmail", groupId, userEmail);
  }

  /**
   * @param groupId the group id
   * @param userEmail the user's email
   * @return whether the server reports success
   */
  @Operation("removeIamUserFromGroupByEmail")
  public boolean removeUser(String groupId, String userEmail) {
    return membership(Operations.REMOVE_IAM_USER_FROM_GROUP_BY_EMAIL, "removeIamUserFromGroupByEmail", groupId, userEmail);
  }

  private boolean membership(io.secplat.core.graphql.GraphQlOperation operation, String field, String groupId, String email) {
    IamGroupMembershipPayload result = iam.call(operation, field, variables(
        "groupId", Arguments.requireNonBlank("groupId", groupId),
        "userEmail", Arguments.requireNonBlank("userEmail", email)), IamGroupMembershipPayload.class);
    return result != null && Boolean.TRUE.equals(result.getSuccess());
  }

  /**
   * Creates a user group.
   *
   * @param name the group's name, unique in the account
   * @param description a description, or null
   * @param abacPermissions permission strings such as {@code readGraph} or {@code accessAdmin}, or null
   * @param queryPolicy query policy items such as {@code {"_type": ["aws_ecr_image"]}}, or null
   * @return the created group
   */
  @Operation("createIamGroup")
  public IamGroup createGroup(String name, String description, List<String> abacPermissions,
      List<Map<String, ?>> queryPolicy) {
    return iam.call(Operations.CREATE_IAM_GROUP, "createIamGroup", variables(
        "name", Arguments.requireNonBlank("name", name), "description", description,
        "abacPermissions", abacPermissions, "queryPolicy", queryPolicy), IamGroup.class);
  }

  /**
   * Updates a user group. A null argument leaves that setting as it is; abacPermissions and
   * queryPolicy, when given, replace the group's whole list.
   *
   * @param id the group id
   * @param name a new name, or null
   * @param description a new description, or null
   * @param abacPermissions the new permission strings, or null
   * @param queryPolicy the new query policy, or null
   * @return the updated group
   */
  @Operation("updateIamGroup")
  public IamGroup updateGroup(String id, String name, String description, List<String> abacPermissions,
      List<Map<String, ?>> queryPolicy) {
    return iam.call(Operations.UPDATE_IAM_GROUP, "updateIamGroup", variables(
        "id", Arguments.requireNonBlank("id", id), "name", name, "description", description,
        "abacPermissions", abacPermissions, "queryPolicy", queryPolicy), IamGroup.class);
  }

  /**
   * Creates or updates a resource permission of a user group. Sent as the documented inline
   * input object of scalar variables (the input type's name is undocumented).
   *
   * @param permission the permission; every field is required, and canRead must be true when
   *     canCreate, canUpdate or canDelete is
   * @return the permission as stored
   */
  @Operation("setResourcePermission")
  public ResourcePermission setResourcePermission(SetResourcePermissionInput permission) {
    Arguments.requireNonNull("permission", permission);
    boolean writes = Boolean.TRUE.equals(permission.getCanCreate()) || Boolean.TRUE.equals(permission.getCanUpdate())
        || Boolean.TRUE.equals(permission.getCanDelete());
    if (writes && !Boolean.TRUE.equals(permission.getCanRead())) {
      throw new IllegalArgumentException("permission.canRead must be true when canCreate, canUpdate or canDelete is true");
    }
    return iam.call(Operations.SET_RESOURCE_PERMISSION, "setResourcePermission", variables(
        "subjectType", Arguments.requireNonBlank("permission.subjectType", permission.getSubjectType()),
        "subjectId", Arguments.requireNonBlank("permission.subjectId", permission.getSubjectId()),
        "resourceArea", Arguments.requireNonBlank("permission.resourceArea", permission.getResourceArea()),
        "resourceType", Arguments.requireNonBlank("permission.resourceType", permission.getResourceType()),
        "resourceId", Arguments.requireNonBlank("permission.resourceId", permission.getResourceId()),
        "canCreate", Arguments.requireNonNull("permission.canCreate", permission.getCanCreate()),
        "canRead", Arguments.requireNonNull("permission.canRead", permission.getCanRead()),
        "canUpdate", Arguments.requireNonNull("permission.canUpdate", permission.getCanUpdate()),
        "canDelete", Arguments.requireNonNull("permission.canDelete", permission.getCanDelete())), ResourcePermission.class);
  }
}
