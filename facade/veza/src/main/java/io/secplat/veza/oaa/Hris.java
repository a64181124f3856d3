package io.secplat.veza.oaa;

import com.fasterxml.jackson.core.JsonGenerator;
import io.secplat.core.Arguments;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An OAA payload of the HRIS template (a human resources system), checked as Veza's client checks
 * it and written as a stream (keys of the spec's {@code OaaHrisPayload}).
 *
 * <p>The small parts are declared on the {@link Builder}: the name, type and URL of the system,
 * the identity provider types Veza links employees to, and the property types of employees.
 * Groups and employees are written by a body that gets an {@link HrisWriter}; only their ids are
 * kept, to check that ids are unique (ignoring case) and that employees' groups and managers
 * resolve. Every check fails with an {@link OaaPayloadException} naming the element.
 *
 * <pre>{@code
 * Hris hr = Hris.builder("Acme HR", "workday", "https://hr.example.com")
 *     .idpProvider("okta")
 *     .body(w -> {
 *       w.group("eng", "Engineering", "Department");
 *       w.employee("e1", "Ann Lee", "1001", "Ann", "Lee", true, "ACTIVE").email("ann@example.com").group("eng");
 *       w.employee("e2", "Bob Roe", "1002", "Bob", "Roe", true, "ACTIVE").manager("e1");
 *     })
 *     .build();
 * veza.oaa().push("Acme HR", "workday", hr);
 * }</pre>
 */
public final class Hris implements OaaPayload {
  /** The template this payload needs on its provider. */
  public static final String TEMPLATE = "hris";
  /** The identity provider types Veza's client accepts for an HR system ({@code IdPProviderType}). */
  static final Set<String> IDP_PROVIDER_TYPES =
      Set.of("active_directory", "any", "azure_ad", "custom", "google_workspace", "okta", "one_login");
  private final Builder definition;

  private Hris(Builder definition) {
    this.definition = definition;
  }

  /**
   * @param name the HR system's name (also its system id, as Veza's client writes it)
   * @param hrisType its type, usually the vendor or product
   * @param url the URL of the instance
   * @return a builder
   */
  public static Builder builder(String name, String hrisType, String url) {
    return new Builder(Arguments.requireNonBlank("name", name), Arguments.requireNonBlank("hrisType", hrisType),
        Arguments.requireNonNull("url", url));
  }

  @Override
  public String template() {
    return TEMPLATE;
  }

  /** @return the HR system's name */
  public String name() {
    return definition.name;
  }

  @Override
  public void writeTo(JsonGenerator json) throws IOException {
    Builder d = definition;
    json.writeStartObject();
    json.writeStringField("name", d.name);
    json.writeStringField("hris_type", d.hrisType);
    d.properties.write(json);
    json.writeObjectFieldStart("system");
    json.writeStringField("id", d.name);
    json.writeStringField("name", d.name);
    json.writeStringField("url", d.url);
    json.writeArrayFieldStart("idp_providers");
    for (String p : d.idpProviders) {
      json.writeString(p);
    }
    json.writeEndArray();
    json.writeEndObject();
    HrisWriter writer = new HrisWriter(json, d.properties);
    d.body.accept(writer);
    writer.finish();
    json.writeEndObject();
  }

  /**
   * Declares the HR system: identity provider types and employee property types, then the body
   * that writes groups and employees. Each call checks what it declares at once.
   */
  public static final class Builder {
    private final String name;
    private final String hrisType;
    private final String url;
    private final Set<String> idpProviders = new LinkedHashSet<>();
    private final PropertyKinds properties = new PropertyKinds(HrisWriter.EMPLOYEE);
    private Consumer<HrisWriter> body = writer -> {};

    private Builder(String name, String hrisType, String url) {
      this.name = name;
      this.hrisType = hrisType;
      this.url = url;
    }

    /**
     * Links employees to the identities of identity providers of a type.
     *
     * @param providerType one of {@code active_directory}, {@code any}, {@code azure_ad},
     *     {@code custom}, {@code google_workspace}, {@code okta}, {@code one_login}
     * @return this builder
     */
    public Builder idpProvider(String providerType) {
      if (providerType == null || !IDP_PROVIDER_TYPES.contains(providerType)) {
        throw new OaaPayloadException("idp provider " + providerType, "is not a type Veza knows: one of "
            + String.join(", ", IDP_PROVIDER_TYPES.stream().sorted().toList()));
      }
      idpProviders.add(providerType);
      return this;
    }

    /**
     * @param propertyName a custom property of employees (letters, digits, _; starting with a letter)
     * @param type its type
     * @return this builder
     */
    public Builder employeeProperty(String propertyName, OaaPropertyType type) {
      properties.declare(HrisWriter.EMPLOYEE, propertyName, type);
      return this;
    }

    /**
     * Sets the body: the code that writes groups, then employees, through an {@link HrisWriter}.
     * It runs each time the payload is written (a push writes it once to check it and once to
     * send it), so it must write the same elements each time.
     *
     * @param body the body
     * @return this builder
     */
    public Builder body(Consumer<HrisWriter> body) {
      this.body = Arguments.requireNonNull("body", body);
      return this;
    }

    /** @return the HRIS payload */
    public Hris build() {
      return new Hris(this);
    }
  }
}
