package io.secplat.veza.oaa;

import com.fasterxml.jackson.core.JsonGenerator;
import io.secplat.core.Arguments;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An OAA payload of the custom identity provider template, checked as Veza's client checks it and
 * written as a stream (keys of the spec's {@code OaaCustomIdpPayload}).
 *
 * <p>The small parts are declared on the {@link Builder}: the name, type and domain, and the
 * property types of the domain, users and groups. Groups and users are written by a body that
 * gets an {@link IdentityProviderWriter}; only their identities are kept, to check that
 * identities are unique (ignoring case) and that group memberships, parent groups and managers
 * resolve. Every check fails with an {@link OaaPayloadException} naming the element.
 *
 * <pre>{@code
 * CustomIdentityProvider idp = CustomIdentityProvider.builder("corp-idp", "ldap", "example.com")
 *     .userProperty("badge", OaaPropertyType.NUMBER)
 *     .body(w -> {
 *       w.group("staff", "Staff");
 *       w.user("ann@example.com", "ann").group("staff").property("badge", 7);
 *       w.user("bob@example.com", "bob").group("staff").manager("ann@example.com");
 *     })
 *     .build();
 * veza.oaa().push("Corp IdP", "directory", idp);
 * }</pre>
 */
public final class CustomIdentityProvider implements OaaPayload {
  /** The template this payload needs on its provider. */
  public static final String TEMPLATE = "identity_provider";
  private final Builder definition;

  private CustomIdentityProvider(Builder definition) {
    this.definition = definition;
  }

  /**
   * @param name the identity provider's name
   * @param idpType its type (for example {@code ldap})
   * @param domain its domain name
   * @return a builder
   */
  public static Builder builder(String name, String idpType, String domain) {
    return new Builder(Arguments.requireNonBlank("name", name), Arguments.requireNonBlank("idpType", idpType),
        Arguments.requireNonBlank("domain", domain));
  }

  @Override
  public String template() {
    return TEMPLATE;
  }

  /** @return the identity provider's name */
  public String name() {
    return definition.name;
  }

  @Override
  public void writeTo(JsonGenerator json) throws IOException {
    Builder d = definition;
    json.writeStartObject();
    d.properties.write(json);
    json.writeStringField("name", d.name);
    json.writeStringField("idp_type", d.idpType);
    json.writeArrayFieldStart("domains");
    json.writeStartObject();
    json.writeStringField("name", d.domain);
    PropertyDefinitions.writeValues(json, d.domainProperties);
    json.writeEndObject();
    json.writeEndArray();
    IdentityProviderWriter writer = new IdentityProviderWriter(json, d.properties);
    d.body.accept(writer);
    writer.finish();
    json.writeEndObject();
  }

  /**
   * Declares the identity provider: property types and domain properties, then the body that
   * writes groups and users. Each call checks what it declares at once.
   */
  public static final class Builder {
    private final String name;
    private final String idpType;
    private final String domain;
    private final PropertyKinds properties = new PropertyKinds(IdentityProviderWriter.DOMAIN,
        IdentityProviderWriter.USER, IdentityProviderWriter.GROUP);
    private final Map<String, Object> domainProperties = new LinkedHashMap<>();
    private Consumer<IdentityProviderWriter> body = writer -> {};

    private Builder(String name, String idpType, String domain) {
      this.name = name;
      this.idpType = idpType;
      this.domain = domain;
    }

    /**
     * @param propertyName a custom property of the domain (letters, digits, _; starting with a letter)
     * @param type its type
     * @return this builder
     */
    public Builder domainProperty(String propertyName, OaaPropertyType type) {
      properties.declare(IdentityProviderWriter.DOMAIN, propertyName, type);
      return this;
    }

    /**
     * @param propertyName a custom property of users
     * @param type its type
     * @return this builder
     */
    public Builder userProperty(String propertyName, OaaPropertyType type) {
      properties.declare(IdentityProviderWriter.USER, propertyName, type);
      return this;
    }

    /**
     * @param propertyName a custom property of groups
     * @param type its type
     * @return this builder
     */
    public Builder groupProperty(String propertyName, OaaPropertyType type) {
      properties.declare(IdentityProviderWriter.GROUP, propertyName, type);
      return this;
    }

    /**
     * Sets a declared property of the domain.
     *
     * @param propertyName a property declared with {@link #domainProperty}
     * @param value a value of its type
     * @return this builder
     */
    public Builder domainValue(String propertyName, Object value) {
      properties.check(IdentityProviderWriter.DOMAIN, "domain " + domain, propertyName, value);
      domainProperties.put(propertyName, value);
      return this;
    }

    /**
     * Sets the body: the code that writes groups, then users, through an
     * {@link IdentityProviderWriter}. It runs each time the payload is written (a push writes it
     * once to check it and once to send it), so it must write the same elements each time.
     *
     * @param body the body
     * @return this builder
     */
    public Builder body(Consumer<IdentityProviderWriter> body) {
      this.body = Arguments.requireNonNull("body", body);
      return this;
    }

    /** @return the identity provider payload */
    public CustomIdentityProvider build() {
      return new CustomIdentityProvider(this);
    }
  }
}
