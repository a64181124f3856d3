package io.secplat.veza.oaa;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the groups, then the users, of a {@link CustomIdentityProvider} straight into the payload
 * stream. A user's groups must be written before it; a parent group or a manager may come later
 * in its own list but must be written by the end. Identities are unique within groups and within
 * users, ignoring case. Not thread-safe: one body writes through it.
 */
public final class IdentityProviderWriter extends SectionWriter {
  static final String DOMAIN = "domain";
  static final String USER = "user";
  static final String GROUP = "group";
  private static final String GROUPS = "groups";
  private static final String USERS = "users";
  private final PropertyKinds properties;

  IdentityProviderWriter(JsonGenerator json, PropertyKinds properties) {
    super(json, List.of(GROUPS, USERS));
    this.properties = properties;
  }

  /**
   * Starts a group; groups come before users.
   *
   * @param identity its unique identity
   * @param name its name
   * @return the group, to add parent groups and properties
   */
  public Group group(String identity, String name) {
    return start(0, "group " + identity, new Group(identity, name));
  }

  /**
   * Starts a user; users come after groups.
   *
   * @param identity its unique identity (for example an e-mail or an employee number)
   * @param name its user name
   * @return the user, to add groups, a manager and properties
   */
  public User user(String identity, String name) {
    return start(1, "user " + identity, new User(identity, name));
  }

  /** A group being written. */
  public final class Group extends Entry {
    private final String identity;
    private final String name;
    private final List<String> parents = new ArrayList<>(2);
    private final Map<String, Object> values = new LinkedHashMap<>();
    private String fullName;

    private Group(String identity, String name) {
      this.identity = identity;
      this.name = name;
    }

    /**
     * @param displayName the group's full name
     * @return this group
     */
    public Group fullName(String displayName) {
      this.fullName = displayName;
      return this;
    }

    /**
     * @param groupIdentity a group that contains this one (written before or after it); repeats are ignored
     * @return this group
     */
    public Group parent(String groupIdentity) {
      if (!parents.contains(groupIdentity)) {
        parents.add(groupIdentity);
      }
      return this;
    }

    /**
     * @param propertyName a property declared for groups
     * @param value a value of its type
     * @return this group
     */
    public Group property(String propertyName, Object value) {
      values.put(propertyName, value);
      return this;
    }

    @Override
    void check() {
      String element = "group " + identity;
      requireText(element, identity);
      requireText(element + " name", name);
      for (String parent : parents) {
        requireText(element + " parent", parent);
        if (parent.equalsIgnoreCase(identity)) {
          throw new OaaPayloadException(element, "cannot contain itself");
        }
      }
      values.forEach((k, v) -> properties.check(GROUP, element, k, v));
      declare(GROUPS, GROUP, element, identity);
      parents.forEach(parent -> refer(GROUPS, "parent group", element, parent));
    }

    @Override
    void write() throws IOException {
      json.writeStartObject();
      json.writeStringField("name", name);
      json.writeStringField("identity", identity);
      writeOptional(json, "full_name", fullName);
      writeRefs("groups", "identity", parents);
      PropertyDefinitions.writeValues(json, values);
      json.writeEndObject();
    }
  }

  /** A user being written. */
  public final class User extends Entry {
    private final String identity;
    private final String name;
    private final List<String> memberOf = new ArrayList<>(2);
    private final Map<String, Object> values = new LinkedHashMap<>();
    private String email;
    private String fullName;
    private String department;
    private Boolean active;
    private Boolean guest;
    private String manager;

    private User(String identity, String name) {
      this.identity = identity;
      this.name = name;
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
     * @param displayName the user's full name
     * @return this user
     */
    public User fullName(String displayName) {
      this.fullName = displayName;
      return this;
    }

    /**
     * @param departmentName the user's department
     * @return this user
     */
    public User department(String departmentName) {
      this.department = departmentName;
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
     * @param isGuest whether the account is a guest
     * @return this user
     */
    public User guest(boolean isGuest) {
      this.guest = isGuest;
      return this;
    }

    /**
     * @param managerIdentity the identity of another user (written before or after this one)
     * @return this user
     */
    public User manager(String managerIdentity) {
      this.manager = managerIdentity;
      return this;
    }

    /**
     * @param groupIdentity a group written before; repeats are ignored
     * @return this user
     */
    public User group(String groupIdentity) {
      if (!memberOf.contains(groupIdentity)) {
        memberOf.add(groupIdentity);
      }
      return this;
    }

    /**
     * @param propertyName a property declared for users
     * @param value a value of its type
     * @return this user
     */
    public User property(String propertyName, Object value) {
      values.put(propertyName, value);
      return this;
    }

    @Override
    void check() {
      String element = "user " + identity;
      requireText(element, identity);
      requireText(element + " name", name);
      for (String group : memberOf) {
        requireText(element + " group", group);
        refer(GROUPS, GROUP, element, group);
      }
      if (manager != null) {
        requireText(element + " manager", manager);
      }
      values.forEach((k, v) -> properties.check(USER, element, k, v));
      declare(USERS, USER, element, identity);
      if (manager != null) {
        refer(USERS, "manager", element, manager);
      }
    }

    @Override
    void write() throws IOException {
      json.writeStartObject();
      json.writeStringField("name", name);
      json.writeStringField("identity", identity);
      writeOptional(json, "email", email);
      writeOptional(json, "full_name", fullName);
      writeOptional(json, "department", department);
      writeOptional(json, "is_active", active);
      writeOptional(json, "is_guest", guest);
      writeOptional(json, "manager_id", manager);
      writeRefs("groups", "identity", memberOf);
      PropertyDefinitions.writeValues(json, values);
      json.writeEndObject();
    }
  }
}
