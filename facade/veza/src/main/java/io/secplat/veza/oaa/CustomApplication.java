package io.secplat.veza.oaa;

import com.fasterxml.jackson.core.JsonGenerator;
import io.secplat.core.Arguments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An OAA payload of the custom application template, checked as Veza checks it and written as a
 * stream, so that an application of any size is pushed without being held in memory.
 *
 * <p>The small parts are declared on the {@link Builder}: property types, permissions, roles and
 * resources. The large parts (groups, users and grants) are written by a body that runs each time
 * the payload is written and gets an {@link ApplicationWriter}; only their ids are kept, to check
 * references. Every check fails with an {@link OaaPayloadException} naming the element.
 *
 * <pre>{@code
 * CustomApplication app = CustomApplication.builder("portal", "AcmePortal")
 *     .property(OaaEntity.LOCAL_USER, "department", OaaPropertyType.STRING)
 *     .permission("view", OaaPermission.DATA_READ)
 *     .permission("edit", OaaPermission.DATA_READ, OaaPermission.DATA_WRITE)
 *     .role("editor", "Editor", "view", "edit")
 *     .resource("invoices", "Invoices", "folder")
 *     .body(w -> {
 *       w.group("staff", "Staff");
 *       w.user("u1", "ann").identity("ann@example.com").group("staff").property("department", "finance");
 *       w.grant(OaaIdentityType.LOCAL_USER, "u1").role("editor", "invoices");
 *     })
 *     .build();
 * }</pre>
 */
public final class CustomApplication implements OaaPayload {
  /** The template this payload needs on its provider. */
  public static final String TEMPLATE = "application";
  private final Builder definition;

  private CustomApplication(Builder definition) {
    this.definition = definition;
  }

  /**
   * @param name the application name
   * @param applicationType the application type (names Veza's node types: {@code OAA.<type>.User} ...)
   * @return a builder
   */
  public static Builder builder(String name, String applicationType) {
    return new Builder(Arguments.requireNonBlank("name", name), Arguments.requireNonBlank("applicationType", applicationType));
  }

  @Override
  public String template() {
    return TEMPLATE;
  }

  /** @return the application name */
  public String name() {
    return definition.name;
  }

  @Override
  public void writeTo(JsonGenerator json) throws IOException {
    Builder d = definition;
    json.writeStartObject();
    d.properties.write(json, d.applicationType);
    json.writeArrayFieldStart("permissions");
    for (Map.Entry<String, Set<OaaPermission>> p : d.permissions.entrySet()) {
      json.writeStartObject();
      json.writeStringField("name", p.getKey());
      json.writeArrayFieldStart("permission_type");
      for (OaaPermission c : p.getValue()) {
        json.writeString(c.wireName());
      }
      json.writeEndArray();
      json.writeBooleanField("apply_to_sub_resources", false);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("applications");
    json.writeStartObject();
    json.writeStringField("name", d.name);
    json.writeStringField("application_type", d.applicationType);
    if (d.description != null) {
      json.writeStringField("description", d.description);
    }
    PropertyDefinitions.writeValues(json, d.applicationProperties);
    json.writeArrayFieldStart("local_roles");
    for (Role r : d.roles.values()) {
      json.writeStartObject();
      json.writeStringField("id", r.id);
      json.writeStringField("name", r.name);
      json.writeArrayFieldStart("permissions");
      for (String p : r.permissions) {
        json.writeString(p);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("resources");
    for (Resource r : d.resources.values()) {
      json.writeStartObject();
      json.writeStringField("id", r.id);
      json.writeStringField("name", r.name);
      json.writeStringField("resource_type", r.type);
      PropertyDefinitions.writeValues(json, r.properties);
      json.writeEndObject();
    }
    json.writeEndArray();
    ApplicationWriter writer = new ApplicationWriter(json, d.name, d.properties, d.permissions.keySet(),
        d.roles.keySet(), d.resources.keySet());
    d.body.accept(writer);
    writer.finish();
    json.writeEndObject();
  }

  private record Role(String id, String name, List<String> permissions) {}

  private record Resource(String id, String name, String type, Map<String, Object> properties) {}

  /**
   * Declares the application: property types, permissions, roles, resources, then the body that
   * writes groups, users and grants. Each call checks what it declares at once.
   */
  public static final class Builder {
    private final String name;
    private final String applicationType;
    private String description;
    private final PropertyDefinitions properties = new PropertyDefinitions();
    private final Map<String, Object> applicationProperties = new LinkedHashMap<>();
    private final Map<String, Set<OaaPermission>> permissions = new LinkedHashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private Consumer<ApplicationWriter> body = writer -> {};

    private Builder(String name, String applicationType) {
      this.name = name;
      this.applicationType = applicationType;
    }

    /**
     * @param description what the application is
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Declares a custom property of an element kind; values may only use declared properties.
     *
     * @param entity the kind of element
     * @param propertyName the property name (letters, digits, _; starting with a letter)
     * @param type its type
     * @return this builder
     */
    public Builder property(OaaEntity entity, String propertyName, OaaPropertyType type) {
      properties.declare(Arguments.requireNonNull("entity", entity), propertyName, type);
      return this;
    }

    /**
     * Declares a custom property of the resources of one type.
     *
     * @param resourceType the resource type
     * @param propertyName the property name
     * @param type its type
     * @return this builder
     */
    public Builder resourceProperty(String resourceType, String propertyName, OaaPropertyType type) {
      properties.declareResource(Arguments.requireNonBlank("resourceType", resourceType), propertyName, type);
      return this;
    }

    /**
     * Sets a declared property of the application.
     *
     * @param propertyName a property declared for {@link OaaEntity#APPLICATION}
     * @param value a value of its type
     * @return this builder
     */
    public Builder applicationProperty(String propertyName, Object value) {
      properties.check(OaaEntity.APPLICATION, "application " + name, propertyName, value);
      applicationProperties.put(propertyName, value);
      return this;
    }

    /**
     * Declares a permission of the application.
     *
     * @param permissionName its unique name
     * @param canonical the canonical permissions it amounts to, at least one
     * @return this builder
     */
    public Builder permission(String permissionName, OaaPermission... canonical) {
      String element = "permission " + permissionName;
      requireId(element, permissionName);
      if (canonical == null || canonical.length == 0) {
        throw new OaaPayloadException(element, "needs at least one canonical permission");
      }
      if (permissions.containsKey(permissionName)) {
        throw new OaaPayloadException(element, "is declared twice");
      }
      Set<OaaPermission> set = EnumSet.noneOf(OaaPermission.class);
      for (OaaPermission c : canonical) {
        set.add(Arguments.requireNonNull("canonical", c));
      }
      permissions.put(permissionName, set);
      return this;
    }

    /**
     * Declares a local role.
     *
     * @param id its unique id
     * @param roleName its display name
     * @param permissionNames declared permissions it grants
     * @return this builder
     */
    public Builder role(String id, String roleName, String... permissionNames) {
      String element = "local role " + id;
      requireId(element, id);
      requireId(element + " name", roleName);
      if (roles.containsKey(id)) {
        throw new OaaPayloadException(element, "is declared twice");
      }
      List<String> granted = new ArrayList<>();
      for (String p : permissionNames) {
        if (!permissions.containsKey(p)) {
          throw new OaaPayloadException(element, "permission " + p + " is not declared (declare permissions before roles)");
        }
        granted.add(p);
      }
      roles.put(id, new Role(id, roleName, List.copyOf(new LinkedHashSet<>(granted))));
      return this;
    }

    /**
     * Declares a resource.
     *
     * @param id its unique id
     * @param resourceName its display name
     * @param resourceType its type
     * @return this builder
     */
    public Builder resource(String id, String resourceName, String resourceType) {
      return resource(id, resourceName, resourceType, Map.of());
    }

    /**
     * Declares a resource with custom properties.
     *
     * @param id its unique id
     * @param resourceName its display name
     * @param resourceType its type
     * @param propertyValues values of properties declared for that resource type
     * @return this builder
     */
    public Builder resource(String id, String resourceName, String resourceType, Map<String, Object> propertyValues) {
      String element = "resource " + id;
      requireId(element, id);
      requireId(element + " name", resourceName);
      requireId(element + " type", resourceType);
      if (resources.containsKey(id)) {
        throw new OaaPayloadException(element, "is declared twice");
      }
      propertyValues.forEach((k, v) -> properties.checkResource(resourceType, element, k, v));
      resources.put(id, new Resource(id, resourceName, resourceType, new LinkedHashMap<>(propertyValues)));
      return this;
    }

    /**
     * Sets the body: the code that writes groups, then users, then grants through an
     * {@link ApplicationWriter}. It runs each time the payload is written (a push writes it once
     * to check it and once to send it), so it must write the same elements each time.
     *
     * @param body the body
     * @return this builder
     */
    public Builder body(Consumer<ApplicationWriter> body) {
      this.body = Arguments.requireNonNull("body", body);
      return this;
    }

    /** @return the application */
    public CustomApplication build() {
      return new CustomApplication(this);
    }

    static void requireId(String element, String value) {
      if (value == null || value.isBlank()) {
        throw new OaaPayloadException(element, "must not be blank");
      }
    }
  }
}
