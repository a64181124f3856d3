package io.secplat.guardian;

import java.util.Locale;

/**
 * A user's role in the organisation. Invitations take {@code MEMBER} or {@code ANALYST} only.
 *
 * <pre>{@code
 * guardian.users().updateRole("c.m.burns@snpp.com", UserRole.ADMIN);
 * }</pre>
 */
public enum UserRole {
  /** A member. */
  MEMBER,
  /** An analyst. */
  ANALYST,
  /** An administrator (not for invitations). */
  ADMIN;

  /** @return the value sent as {@code role}, e.g. {@code analyst} */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
