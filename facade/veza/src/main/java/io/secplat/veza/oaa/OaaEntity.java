package io.secplat.veza.oaa;

/** The elements of a custom application that carry custom properties. */
public enum OaaEntity {
  /** The application itself. */
  APPLICATION("application", "application_properties"),
  /** A local user. */
  LOCAL_USER("local user", "local_user_properties"),
  /** A local group. */
  LOCAL_GROUP("local group", "local_group_properties"),
  /** A local role. */
  LOCAL_ROLE("local role", "local_role_properties");

  private final String label;
  private final String definitionKey;

  OaaEntity(String label, String definitionKey) {
    this.label = label;
    this.definitionKey = definitionKey;
  }

  /** @return how messages name an element of this kind */
  String label() {
    return label;
  }

  /** @return the key of its declarations in {@code custom_property_definition} */
  String definitionKey() {
    return definitionKey;
  }
}
