package io.secplat.veza.oaa;

/** Who a grant in {@code identity_to_permissions} is for (oaaclient's {@code OAAIdentityType}). */
public enum OaaIdentityType {
  /** A local user of the application. */
  LOCAL_USER("local_user"),
  /** A local group of the application. */
  LOCAL_GROUP("local_group"),
  /** An identity of an identity provider (for example an e-mail), resolved by Veza. */
  IDP("idp");

  private final String wire;

  OaaIdentityType(String wire) {
    this.wire = wire;
  }

  /** @return the name Veza expects in {@code identity_type} */
  public String wireName() {
    return wire;
  }
}
