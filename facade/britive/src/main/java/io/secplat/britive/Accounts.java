package io.secplat.britive;

import io.secplat.britive.generated.api.AccountsApi;
import io.secplat.britive.generated.model.Account;
import io.secplat.britive.generated.model.AccountPage;
import io.secplat.britive.generated.model.AccountPermissionAssociation;
import io.secplat.britive.generated.model.AccountPermissionAssociationPage;
import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.PathSegment;
import io.secplat.core.paging.PagedIterable;
import java.util.ArrayList;
import java.util.List;

/**
 * Accounts of an application environment, their permissions, groups and mapped users. Lists are
 * lazy: pages are fetched as the caller iterates.
 *
 * <pre>{@code
 * britive.accounts().list("app-1", "env-1", ListOptions.defaults().withFilter("scanStatus eq Unchanged"))
 *     .forEach(account -> System.out.println(account.getNativeName()));
 * }</pre>
 */
public final class Accounts {
  private final AccountsApi api;

  Accounts(AccountsApi api) {
    this.api = api;
  }

  /**
   * All accounts of an environment ({@code GET …/environments/{envID}/accounts}).
   *
   * @param appId the application id
   * @param envId the environment id
   * @param options page size, sort, filter, includeMembers
   * @return the accounts, fetched lazily
   */
  @Operation("listAccounts")
  public PagedIterable<Account> list(String appId, String envId, ListOptions options) {
    String app = PathSegment.of("appId", appId);
    String env = PathSegment.of("envId", envId);
    Arguments.requireNonNull("options", options);
    return BritivePaging.iterate(options,
        (page, size) -> api.listAccounts(app, env, page, size, options.sort(), options.filter(), options.includeMembers()),
        AccountPage::getData, AccountPage::getCount);
  }

  /**
   * The permissions associated with an account ({@code GET …/accounts/{accountID}/permissions}).
   *
   * @param appId the application id
   * @param envId the environment id
   * @param accountId the account id
   * @param options page size, sort, filter (includeMembers is refused)
   * @return the associations, fetched lazily
   */
  @Operation("listAccountPermissions")
  public PagedIterable<AccountPermissionAssociation> permissions(
      String appId, String envId, String accountId, ListOptions options) {
    String app = PathSegment.of("appId", appId);
    String env = PathSegment.of("envId", envId);
    String account = PathSegment.of("accountId", accountId);
    Arguments.requireNonNull("options", options).requireNoMembers("account permissions");
    return BritivePaging.iterate(options,
        (page, size) -> api.listAccountPermissions(app, env, account, page, size, options.sort(), options.filter()),
        AccountPermissionAssociationPage::getData, AccountPermissionAssociationPage::getCount);
  }

  /**
   * The groups associated with an account ({@code GET …/accounts/{accountID}/groups}). Britive
   * returns the group in the association's {@code permission*} fields.
   *
   * @param appId the application id
   * @param envId the environment id
   * @param accountId the account id
   * @param options page size, sort, filter (includeMembers is refused)
   * @return the associations, fetched lazily
   */
  @Operation("listAccountGroups")
  public PagedIterable<AccountPermissionAssociation> groups(
      String appId, String envId, String accountId, ListOptions options) {
    String app = PathSegment.of("appId", appId);
    String env = PathSegment.of("envId", envId);
    String account = PathSegment.of("accountId", accountId);
    Arguments.requireNonNull("options", options).requireNoMembers("account groups");
    return BritivePaging.iterate(options,
        (page, size) -> api.listAccountGroups(app, env, account, page, size, options.sort(), options.filter()),
        AccountPermissionAssociationPage::getData, AccountPermissionAssociationPage::getCount);
  }

  /**
   * Maps users to an account ({@code POST …/accounts/{accountID}/users}): the body is the JSON
   * array of the users' ids, as Britive's own SDK sends it. Not retried: a repeated mapping is not
   * known to be harmless.
   *
   * <pre>{@code
   * britive.accounts().mapUsers("app-1", "env-1", "2800", List.of("user-id-1", "user-id-2"));
   * }</pre>
   *
   * @param appId the application id
   * @param envId the environment id
   * @param accountId the account id
   * @param userIds the ids of the Britive users to map; at least one, none blank
   */
  @Operation("mapAccountUsers")
  public void mapUsers(String appId, String envId, String accountId, List<String> userIds) {
    String app = PathSegment.of("appId", appId);
    String env = PathSegment.of("envId", envId);
    String account = PathSegment.of("accountId", accountId);
    Arguments.requireNonNull("userIds", userIds);
    if (userIds.isEmpty()) {
      throw new IllegalArgumentException("userIds must name at least one user");
    }
    List<String> ids = new ArrayList<>(userIds.size());
    for (String userId : userIds) {
      ids.add(Arguments.requireNonBlank("userIds[" + ids.size() + "]", userId));
    }
    api.mapAccountUsers(app, env, account, ids);
  }

  /**
   * Unmaps a user from an account ({@code DELETE …/accounts/{accountID}/users/{userID}}).
   *
   * @param appId the application id
   * @param envId the environment id
   * @param accountId the account id
   * @param userId the user id
   * @param forceCheckinPaps whether checked-out profiles that use the account are checked in first
   */
  @Operation("unmapAccountUser")
  public void unmapUser(String appId, String envId, String accountId, String userId, boolean forceCheckinPaps) {
    String app = PathSegment.of("appId", appId);
    String env = PathSegment.of("envId", envId);
    String account = PathSegment.of("accountId", accountId);
    api.unmapAccountUser(app, env, account, PathSegment.of("userId", userId), forceCheckinPaps);
  }
}
