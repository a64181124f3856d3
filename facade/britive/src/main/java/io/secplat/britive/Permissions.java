package io.secplat.britive;

import io.secplat.britive.generated.api.PermissionsApi;
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
 * Permissions (roles, policies) of an application environment and the accounts and groups that
 * hold them. Lists are lazy.
 *
 * <pre>{@code
 * long privileged = britive.permissions().list("app-1", "env-1", ListOptions.defaults())
 *     .stream().filter(p -> Boolean.TRUE.equals(p.getPrivileged())).count();
 * }</pre>
 */
public final class Permissions {
  private final PermissionsApi api;

  Permissions(PermissionsApi api) {
    this.api = api;
  }

  /**
   * All permissions of an environment ({@code GET …/environments/{envID}/permissions}).
   *
   * @param appId the application id
   * @param envId the environment id
   * @param options page size, sort, filter, includeMembers
   * @return the permissions, fetched lazily
   */
  @Operation("listPermissions")
  public PagedIterable<Permission> list(String appId, String envId, ListOptions options) {
    String app = PathSegment.of("appId", appId);
    String env = PathSegment.of("envId", envId);
    Arguments.requireNonNull("options", options);
    return BritivePaging.iterate(options,
        (page, size) -> api.listPermissions(app, env, page, size, options.sort(), options.filter(), options.includeMembers()),
        PermissionPage::getData, PermissionPage::getCount);
  }

  /**
   * The accounts holding a permission ({@code GET …/permissions/{permID}/accounts}).
   *
   * @param appId the application id
   * @param envId the environment id
   * @param permissionId the permission id
   * @param options page size, sort, filter (includeMembers is refused)
   * @return the associations, fetched lazily
   */
  @Operation("listPermissionAccounts")
  public PagedIterable<AccountPermissionAssociation> accounts(
      String appId, String envId, String permissionId, ListOptions options) {
    String app = PathSegment.of("appId", appId);
    String env = PathSegment.of("envId", envId);
    String permission = PathSegment.of("permissionId", permissionId);
    Arguments.requireNonNull("options", options).requireNoMembers("permission accounts");
    return BritivePaging.iterate(options,
        (page, size) -> api.listPermissionAccounts(app, env, permission, page, size, options.sort(), options.filter()),
        AccountPermissionAssociationPage::getData, AccountPermissionAssociationPage::getCount);
  }

  /**
   * The groups holding a permission ({@code GET …/permissions/{permID}/groups}).
   *
   * @param appId the application id
   * @param envId the environment id
   * @param permissionId the permission id
   * @param options page size, sort, filter (includeMembers is refused)
   * @return the associations, fetched lazily
   */
  @Operation("listPermissionGroups")
  public PagedIterable<GroupPermissionAssociation> groups(
      String appId, String envId, String permissionId, ListOptions options) {
    String app = PathSegment.of("appId", appId);
    String env = PathSegment.of("envId", envId);
    String permission = PathSegment.of("permissionId", permissionId);
    Arguments.requireNonNull("options", options).requireNoMembers("permission groups");
    return BritivePaging.iterate(options,
        (page, size) -> api.listPermissionGroups(app, env, permission, page, size, options.sort(), options.filter()),
        GroupPermissionAssociationPage::getData, GroupPermissionAssociationPage::getCount);
  }
}
