package io.secplat.guardian;

import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.AccountsApi;
import io.secplat.guardian.generated.api.AccountsApi.ListAccountsQueryParams;
import java.util.List;
import java.util.Map;

/**
 * The organisation accounts a user belongs to.
 *
 * <pre>{@code
 * guardian.accounts().list(7).forEach(account -> System.out.println(account.get("name")));
 * }</pre>
 */
public final class Accounts {
  private final AccountsApi api;

  Accounts(AccountsApi api) {
    this.api = api;
  }

  /**
   * The accounts of a user ({@code GET /api/v2/accounts.json?user_id=}), e.g. {@code accounts().list(7)}.
   * Their fields are not documented: each account is a map.
   *
   * @param userId the user's id
   * @return the accounts
   */
  @Operation("listAccounts")
  public List<Map<String, Object>> list(long userId) {
    return api.listAccounts(new ListAccountsQueryParams().userId(Ids.id("userId", userId)));
  }
}
