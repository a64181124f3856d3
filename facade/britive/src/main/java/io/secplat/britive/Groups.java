package io.secplat.britive;

import io.secplat.britive.generated.api.GroupsApi;
import io.secplat.britive.generated.model.AccountPermissionAssociation;
import io.secplat.britive.generated.model.AccountPermissionAssociationPage;
import io.secplat.britive.generated.model.GroupPermissionAssociation;
import io.secplat.britive.generated.model.GroupPermissionAssociationPage;
import io.secplat.britive.generated.model.Permission;
import io.secplat.britive.generated.model.PermissionPage;
import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.PathSegment;
import io.secplat.core.paging.PagedIterable;

/**
 * Groups of an application environment and their member accounts and permissions. Britive
 * returns groups in the permission record shape. Lists are lazy.
 *
 * <pre>{@code
 * britive.groups().accounts("app-1", "env-1", "group-7", ListOptions.defaults())
 *     .forEach(a -> System.out.println(a.getAccountName()));
 * }</pre>
 */
public final class Groups {
  private final GroupsApi api;

  Groups(GroupsApi api) {
    this.api = api;
  }

  /**
   * All groups of an environment ({@code GET …/environments/{envID}/groups}).
   *
   * @param appId the application id
   * @param envId the environment id
   * @param options page size, sort, filter, includeMembers
   * @return the groups, fetched lazily
   */
  @Operation("listGroups")
  public PagedIterable<Permission> list(String appId, String envId, ListOptions options) {
    String app = PathSegment.of("appId", appId);
    String env = PathSegment.of("envId", envId);
    Arguments.requireNonNull("options", options);
    return BritivePaging.iterate(options,
        (page, size) -> api.listGroups(app, env, page, size, options.sort(), options.filter(), options.includeMembers()),
        PermissionPage::getData, PermissionPage::getCount);
  }

  /**
   * The accounts in a group ({@code GET …/groups/{groupID}/accounts}).
   *
   * @param appId the application id
   * @param envId the environment id
   * @param groupId the group id
   * @param options page size, sort, filter (includeMembers is refused)
   * @return the associations, fetched lazily
   */
  @Operation("listGroupAccounts")
  public PagedIterable<AccountPermissionAssociation> accounts(
      String appId, String envId, String groupId, ListOptions options) {
    String app = PathSegment.of("appId", appId);
    String env = PathSegment.of("envId", envId);
    String group = PathSegment.of("groupId", groupId);
    Arguments.requireNonNull("options", options).requireNoMembers("group accounts");
    return BritivePaging.iterate(options,
        (page, size) -> api.listGroupAccounts(app, env, group, page, size, options.sort(), options.filter()),
        AccountPermissionAssociationPage::getData, AccountPermissionAssociationPage::getCount);
  }

  /**
   * The permissions of a group ({@code GET …/groups/{groupID}/permissions}).
   *
   * @param appId the application id
   * @param envId the environment id
   * @param groupId the group id
   * @param options page size, sort, filter (includeMembers is refused)
   * @return the associations, fetched lazily
   */
  @Operation("listGroupPermissions")
  public PagedIterable<GroupPermissionAssociation> permissions(
      String appId, String envId, String groupId, ListOptions options) {
    String app = PathSegment.of("appId", appId);
    String env = PathSegment.of("envId", envId);
    String group = PathSegment.of("groupId", groupId);
    Arguments.requireNonNull("options", options).requireNoMembers("group permissions");
    return BritivePaging.iterate(options,
        (page, size) -> api.listGroupPermissions(app, env, group, page, size, options.sort(), options.filter()),
        GroupPermissionAssociationPage::getData, GroupPermissionAssociationPage::getCount);
  }
}
