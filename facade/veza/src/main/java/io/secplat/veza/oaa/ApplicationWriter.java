package io.secplat.veza.oaa;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the large parts of a {@link CustomApplication} straight into the payload stream: groups,
 * then users, then grants, in that order (each may only refer to what was written before). Each
 * element is checked when the next one starts or the body ends, and then written; only ids are
 * kept. Not thread-safe: one body writes through it.
 */
public final class ApplicationWriter {
  private enum Section { GROUPS, USERS, GRANTS, DONE }

  private final JsonGenerator json;
  private final String application;
  private final PropertyDefinitions properties;
  private final Set<String> permissions;
  private final Set<String> roles;
  private final Set<String> resources;
  private final Set<String> groups = new HashSet<>();
  private final Set<String> users = new HashSet<>();
  private Section section = Section.GROUPS;
  private Entry pending;
  private long elements;

  ApplicationWriter(JsonGenerator json, String application, PropertyDefinitions properties, Set<String> permissions,
      Set<String> roles, Set<String> resources) {
    this.json = json;
    this.application = application;
    this.properties = properties;
    this.permissions = permissions;
    this.roles = roles;
    this.resources = resources;
    write(() -> json.writeArrayFieldStart("local_groups"));
  }

  /**
   * Starts a local group; groups come before users and grants.
   *
   * @param id its unique id
   * @param name its display name
   * @return the group, to add members' identities, parent groups and properties
   */
  public Group group(String id, String name) {
    enter(Section.GROUPS, "local group " + id);
    Group group = new Group(id, name);
    pending = group;
    return group;
  }

  /**
   * Starts a local user; users come after groups and before grants.
   *
   * @param id its unique id
   * @param name its name
   * @return the user, to add identities, groups and properties
   */
  public User user(String id, String name) {
    enter(Section.USERS, "local user " + id);
    User user = new User(id, name);
    pending = user;
    return user;
  }

  /**
   * Starts the grants of one identity; grants come last.
   *
   * @param type a local user, a local group (both written before) or an IdP identity
   * @param identity the user or group id, or the IdP identity (for example an e-mail)
   * @return the grant, to add permissions and roles
   */
  public Grant grant(OaaIdentityType type, String identity) {
    enter(Section.GRANTS, "grant to " + (type == null ? "?" : type.wireName()) + " " + identity);
    Grant grant = new Grant(type, identity);
    pending = grant;
    return grant;
  }

  /** @return how many groups, users and grants were written so far */
  public long elementsWritten() {
    return elements;
  }

  void finish() {
    enter(Section.DONE, "the end of the application");
  }

  private void enter(Section next, String element) {
    flush();
    if (next.ordinal() < section.ordinal()) {
      throw new OaaPayloadException(element, "comes too late: groups come first, then users, then grants");
    }
    while (section.ordinal() < next.ordinal()) {
      Section closing = section;
      section = Section.values()[section.ordinal() + 1];
      write(() -> {
        json.writeEndArray();
        if (closing == Section.GROUPS) {
          json.writeArrayFieldStart("local_users");
        } else if (closing == Section.USERS) {
          json.writeEndObject();
          json.writeEndArray();
          json.writeArrayFieldStart("identity_to_permissions");
        }
      });
    }
  }

  private void flush() {
    if (pending != null) {
      Entry entry = pending;
      pending = null;
      entry.check();
      write(entry::write);
      elements++;
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void write(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeStrings(String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  private abstract class Entry {
    abstract void check();

    abstract void write() throws IOException;
  }

  /** A local group being written. */
  public final class Group extends Entry {
    private final String id;
    private final String name;
    private final List<String> identities = new ArrayList<>();
    private final List<String> parents = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Group(String id, String name) {
      this.id = id;
      this.name = name;
    }

    /**
     * @param identity an IdP identity (for example an e-mail) the group maps to
     * @return this group
     */
    public Group identity(String identity) {
      identities.add(identity);
      return this;
    }

    /**
     * @param groupId a group written before, that contains this one
     * @return this group
     */
    public Group parent(String groupId) {
      parents.add(groupId);
      return this;
    }

    /**
     * @param propertyName a property declared for local groups
     * @param value a value of its type
     * @return this group
     */
    public Group property(String propertyName, Object value) {
      values.put(propertyName, value);
      return this;
    }

    @Override
    void check() {
      String element = "local group " + id;
      CustomApplication.Builder.requireId(element, id);
      CustomApplication.Builder.requireId(element + " name", name);
      for (String parent : parents) {
        if (parent.equals(id)) {
          throw new OaaPayloadException(element, "cannot contain itself");
        }
        if (!groups.contains(parent)) {
          throw new OaaPayloadException(element, "parent group " + parent + " is not declared before it");
        }
      }
      values.forEach((k, v) -> properties.check(OaaEntity.LOCAL_GROUP, element, k, v));
      if (!groups.add(id)) {
        throw new OaaPayloadException(element, "is declared twice");
      }
    }

    @Override
    void write() throws IOException {
      json.writeStartObject();
      json.writeStringField("id", id);
      json.writeStringField("name", name);
      writeStrings("identities", identities);
      writeStrings("groups", parents);
      PropertyDefinitions.writeValues(json, values);
      json.writeEndObject();
    }
  }

  /** A local user being written. */
  public final class User extends Entry {
    private final String id;
    private final String name;
    private final List<String> identities = new ArrayList<>(2);
    private final List<String> memberOf = new ArrayList<>(2);
    private final Map<String, Object> values = new LinkedHashMap<>();
    private String email;
    private Boolean active;
    private Instant createdAt;
    private Instant lastLoginAt;

    private User(String id, String name) {
      this.id = id;
      this.name = name;
    }

    /**
     * @param identity an IdP identity (for example an e-mail) Veza links the user to
     * @return this user
     */
    public User identity(String identity) {
      identities.add(identity);
      return this;
    }

    /**
     * @param groupId a group written before
     * @return this user
     */
    public User group(String groupId) {
      memberOf.add(groupId);
      return this;
    }

    /**
     * @param address the user's e-mail
     * @return this user
     */
    public User email(String address) {
      this.email = address;
      return this;
    }

    /**
     * @param isActive whether the account is active
     * @return this user
     */
    public User active(boolean isActive) {
      this.active = isActive;
      return this;
    }

    /**
     * @param at when the account was created
     * @return this user
     */
    public User createdAt(Instant at) {
      this.createdAt = at;
      return this;
    }

    /**
     * @param at the last login
     * @return this user
     */
    public User lastLoginAt(Instant at) {
      this.lastLoginAt = at;
      return this;
    }

    /**
     * @param propertyName a property declared for local users
     * @param value a value of its type
     * @return this user
     */
    public User property(String propertyName, Object value) {
      values.put(propertyName, value);
      return this;
    }

    @Override
    void check() {
      String element = "local user " + id;
      CustomApplication.Builder.requireId(element, id);
      CustomApplication.Builder.requireId(element + " name", name);
      for (String group : memberOf) {
        if (!groups.contains(group)) {
          throw new OaaPayloadException(element, "group " + group + " is not declared");
        }
      }
      values.forEach((k, v) -> properties.check(OaaEntity.LOCAL_USER, element, k, v));
      if (!users.add(id)) {
        throw new OaaPayloadException(element, "is declared twice");
      }
    }

    @Override
    void write() throws IOException {
      json.writeStartObject();
      json.writeStringField("id", id);
      json.writeStringField("name", name);
      if (email != null) {
        json.writeStringField("email", email);
      }
      writeStrings("identities", identities);
      writeStrings("groups", memberOf);
      if (active != null) {
        json.writeBooleanField("is_active", active);
      }
      if (createdAt != null) {
        json.writeStringField("created_at", createdAt.toString());
      }
      if (lastLoginAt != null) {
        json.writeStringField("last_login_at", lastLoginAt.toString());
      }
      PropertyDefinitions.writeValues(json, values);
      json.writeEndObject();
    }
  }

  /** The grants of one identity being written. */
  public final class Grant extends Entry {
    private final OaaIdentityType type;
    private final String identity;
    private final List<String[]> permissionGrants = new ArrayList<>(4);
    private final List<String[]> roleGrants = new ArrayList<>(2);

    private Grant(OaaIdentityType type, String identity) {
      this.type = type;
      this.identity = identity;
    }

    /**
     * Grants a declared permission, on the application itself when no resource is named.
     *
     * @param permissionName a declared permission
     * @param resourceIds declared resources; none for the application
     * @return this grant
     */
    public Grant permission(String permissionName, String... resourceIds) {
      permissionGrants.add(withHead(permissionName, resourceIds));
      return this;
    }

    /**
     * Grants a declared role, on the application itself when no resource is named.
     *
     * @param roleId a declared role
     * @param resourceIds declared resources; none for the application
     * @return this grant
     */
    public Grant role(String roleId, String... resourceIds) {
      roleGrants.add(withHead(roleId, resourceIds));
      return this;
    }

    private String[] withHead(String head, String[] rest) {
      String[] all = new String[rest.length + 1];
      all[0] = head;
      System.arraycopy(rest, 0, all, 1, rest.length);
      return all;
    }

    @Override
    void check() {
      String element = "grant to " + (type == null ? "?" : type.wireName()) + " " + identity;
      if (type == null) {
        throw new OaaPayloadException(element, "the identity type is missing");
      }
      CustomApplication.Builder.requireId(element, identity);
      if (type == OaaIdentityType.LOCAL_USER && !users.contains(identity)) {
        throw new OaaPayloadException(element, "local user " + identity + " is not declared");
      }
      if (type == OaaIdentityType.LOCAL_GROUP && !groups.contains(identity)) {
        throw new OaaPayloadException(element, "local group " + identity + " is not declared");
      }
      if (permissionGrants.isEmpty() && roleGrants.isEmpty()) {
        throw new OaaPayloadException(element, "grants neither a permission nor a role");
      }
      for (String[] p : permissionGrants) {
        if (!permissions.contains(p[0])) {
          throw new OaaPayloadException(element, "permission " + p[0] + " is not declared");
        }
        checkResources(element, p);
      }
      for (String[] r : roleGrants) {
        if (!roles.contains(r[0])) {
          throw new OaaPayloadException(element, "role " + r[0] + " is not declared");
        }
        checkResources(element, r);
      }
    }

    private void checkResources(String element, String[] grant) {
      for (int i = 1; i < grant.length; i++) {
        if (!resources.contains(grant[i])) {
          throw new OaaPayloadException(element, "resource " + grant[i] + " is not declared");
        }
      }
    }

    @Override
    void write() throws IOException {
      json.writeStartObject();
      json.writeStringField("identity", identity);
      json.writeStringField("identity_type", type.wireName());
      json.writeArrayFieldStart("application_permissions");
      for (String[] p : permissionGrants) {
        json.writeStartObject();
        json.writeStringField("application", application);
        json.writeStringField("permission", p[0]);
        writeTarget(p);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("role_assignments");
      for (String[] r : roleGrants) {
        json.writeStartObject();
        json.writeStringField("application", application);
        json.writeStringField("role", r[0]);
        writeTarget(r);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    private void writeTarget(String[] grant) throws IOException {
      if (grant.length == 1) {
        json.writeBooleanField("apply_to_application", true);
      } else {
        json.writeArrayFieldStart("resources");
        for (int i = 1; i < grant.length; i++) {
          json.writeString(grant[i]);
        }
        json.writeEndArray();
      }
    }
  }
}
