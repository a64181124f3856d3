package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.UsersApi;
import io.secplat.guardian.generated.api.UsersApi.InviteUserQueryParams;
import io.secplat.guardian.generated.api.UsersApi.ListUsersQueryParams;
import io.secplat.guardian.generated.api.UsersApi.RemoveUserQueryParams;
import io.secplat.guardian.generated.api.UsersApi.UpdateUserRoleQueryParams;
import io.secplat.guardian.generated.model.UserInvitation;
import io.secplat.guardian.generated.model.UserUpdateRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Users of the organisation the keys belong to: invitations, roles and removal. Users chosen by
 * email travel in the query string with every reserved character encoded ({@code +} as
 * {@code %2B}, as Guardian requires).
 *
 * <pre>{@code
 * guardian.users().invite("c.m.burns+ops@snpp.com", UserRole.ANALYST);
 * guardian.users().updateRole("c.m.burns+ops@snpp.com", UserRole.ADMIN);
 * }</pre>
 */
public final class Users {
  private final UsersApi api;

  Users(UsersApi api) {
    this.api = api;
  }

  /**
   * The users of the organisation ({@code GET /api/v2/users.json}), e.g. {@code users().list(false)}.
   *
   * @param invited true for users invited but not yet joined
   * @return the users (not paged; fields undocumented)
   */
  @Operation("listUsers")
  public List<Map<String, Object>> list(boolean invited) {
    return api.listUsers(new ListUsersQueryParams().invited(invited));
  }

  /**
   * Invites a user by email ({@code POST /api/v2/users/invite.json?email=&role=}), e.g.
   * {@code users().invite("c.m.burns@snpp.com", UserRole.MEMBER)}. Not retried.
   *
   * @param email the user's email address
   * @param role {@link UserRole#MEMBER} or {@link UserRole#ANALYST}
   * @return the invitation when one was made (201); empty when the user already belongs to the
   *     organisation or already holds an invitation (204)
   */
  @Operation("inviteUser")
  public Optional<UserInvitation> invite(String email, UserRole role) {
    Arguments.requireNonBlank("email", email);
    if (Arguments.requireNonNull("role", role) == UserRole.ADMIN) {
      throw new IllegalArgumentException("role of an invitation must be MEMBER or ANALYST, was ADMIN");
    }
    return Optional.ofNullable(api.inviteUser(new InviteUserQueryParams().email(email).role(role.wireValue())));
  }

  /**
   * Changes the name, surname or external id of a user ({@code PUT /api/v2/users/{id}.json}), e.g.
   * {@code users().update(7, new UserUpdateRequest().surname("Burns"))}.
   *
   * @param userId the user's id
   * @param changes the fields to change; unset fields are not sent
   */
  @Operation("updateUser")
  public void update(long userId, UserUpdateRequest changes) {
    long id = Ids.id("userId", userId);
    api.updateUser(id, Arguments.requireNonNull("changes", changes));
  }

  /**
   * Changes the role of the user with an email ({@code PUT /api/v2/users/update_role.json?email=&role=}),
   * e.g. {@code users().updateRole("c.m.burns@snpp.com", UserRole.ADMIN)}.
   *
   * @param email the user's email address
   * @param role the new role
   */
  @Operation("updateUserRole")
  public void updateRole(String email, UserRole role) {
    Arguments.requireNonBlank("email", email);
    api.updateUserRole(new UpdateUserRoleQueryParams().email(email).role(Arguments.requireNonNull("role", role).wireValue()));
  }

  /**
   * Removes the user with an email from the organisation ({@code PUT /api/v2/users/remove.json?email=}),
   * e.g. {@code users().remove("c.m.burns@snpp.com")}.
   *
   * @param email the user's email address
   */
  @Operation("removeUser")
  public void remove(String email) {
    api.removeUser(new RemoveUserQueryParams().email(Arguments.requireNonBlank("email", email)));
  }

  /**
   * Removes a user and hands what they own to another ({@code PUT /api/v2/users/remove.json?email=&new_owner=}),
   * e.g. {@code users().remove("c.m.burns@snpp.com", 8)}.
   *
   * @param email the user's email address
   * @param newOwnerId the id of the user who takes over their records
   */
  @Operation("removeUser")
  public void remove(String email, long newOwnerId) {
    Arguments.requireNonBlank("email", email);
    api.removeUser(new RemoveUserQueryParams().email(email).newOwner(Ids.id("newOwnerId", newOwnerId)));
  }
}
