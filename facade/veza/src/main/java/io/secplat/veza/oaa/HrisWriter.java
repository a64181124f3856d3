package io.secplat.veza.oaa;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the groups, then the employees, of an {@link Hris} payload straight into the stream. An
 * employee's groups must be written before it; a manager may come later but must be written by
 * the end. Ids are unique within groups (across group types) and within employees, ignoring case.
 * Not thread-safe: one body writes through it.
 */
public final class HrisWriter extends SectionWriter {
  static final String EMPLOYEE = "employee";
  private static final String GROUPS = "groups";
  private static final String EMPLOYEES = "employees";
  private final PropertyKinds properties;

  HrisWriter(JsonGenerator json, PropertyKinds properties) {
    super(json, List.of(GROUPS, EMPLOYEES));
    this.properties = properties;
  }

  /**
   * Starts a group (a team, department, cost center...); groups come before employees.
   *
   * @param id its unique id, across all group types
   * @param name its name
   * @param groupType its type, for example {@code Department}
   */
  public void group(String id, String name, String groupType) {
    start(0, "group " + id, new Group(id, name, groupType));
  }

  /**
   * Starts an employee; employees come after groups. Every argument is required.
   *
   * @param id its unique id
   * @param name its display name
   * @param employeeNumber its number in the HR system
   * @param firstName the first name
   * @param lastName the last name
   * @param active whether the employee is active
   * @param employmentStatus for example {@code ACTIVE}, {@code PENDING}, {@code TERMINATED}
   * @return the employee, to add an e-mail, groups, managers and properties
   */
  public Employee employee(String id, String name, String employeeNumber, String firstName, String lastName,
      boolean active, String employmentStatus) {
    return start(1, "employee " + id,
        new Employee(id, name, employeeNumber, firstName, lastName, active, employmentStatus));
  }

  private final class Group extends Entry {
    private final String id;
    private final String name;
    private final String groupType;

    private Group(String id, String name, String groupType) {
      this.id = id;
      this.name = name;
      this.groupType = groupType;
    }

    @Override
    void check() {
      String element = "group " + id;
      requireText(element, id);
      requireText(element + " name", name);
      requireText(element + " group type", groupType);
      declare(GROUPS, "group", element, id);
    }

    @Override
    void write() throws IOException {
      json.writeStartObject();
      json.writeStringField("id", id);
      json.writeStringField("name", name);
      json.writeStringField("group_type", groupType);
      json.writeEndObject();
    }
  }

  /** An employee being written. */
  public final class Employee extends Entry {
    private final String id;
    private final String name;
    private final String employeeNumber;
    private final String firstName;
    private final String lastName;
    private final boolean active;
    private final String employmentStatus;
    private final List<String> memberOf = new ArrayList<>(2);
    private final List<String> managers = new ArrayList<>(1);
    private final Map<String, Object> values = new LinkedHashMap<>();
    private String email;

    private Employee(String id, String name, String employeeNumber, String firstName, String lastName, boolean active,
        String employmentStatus) {
      this.id = id;
      this.name = name;
      this.employeeNumber = employeeNumber;
      this.firstName = firstName;
      this.lastName = lastName;
      this.active = active;
      this.employmentStatus = employmentStatus;
    }

    /**
     * @param address the work e-mail
     * @return this employee
     */
    public Employee email(String address) {
      this.email = address;
      return this;
    }

    /**
     * @param groupId a group written before
     * @return this employee
     */
    public Employee group(String groupId) {
      if (!memberOf.contains(groupId)) {
        memberOf.add(groupId);
      }
      return this;
    }

    /**
     * @param employeeId the id of another employee (written before or after this one)
     * @return this employee
     */
    public Employee manager(String employeeId) {
      if (!managers.contains(employeeId)) {
        managers.add(employeeId);
      }
      return this;
    }

    /**
     * @param propertyName a property declared for employees
     * @param value a value of its type
     * @return this employee
     */
    public Employee property(String propertyName, Object value) {
      values.put(propertyName, value);
      return this;
    }

    @Override
    void check() {
      String element = "employee " + id;
      requireText(element, id);
      requireText(element + " name", name);
      requireText(element + " employee number", employeeNumber);
      requireText(element + " first name", firstName);
      requireText(element + " last name", lastName);
      requireText(element + " employment status", employmentStatus);
      for (String group : memberOf) {
        requireText(element + " group", group);
        refer(GROUPS, "group", element, group);
      }
      managers.forEach(m -> requireText(element + " manager", m));
      values.forEach((k, v) -> properties.check(EMPLOYEE, element, k, v));
      declare(EMPLOYEES, EMPLOYEE, element, id);
      managers.forEach(m -> refer(EMPLOYEES, "manager", element, m));
    }

    @Override
    void write() throws IOException {
      json.writeStartObject();
      json.writeStringField("id", id);
      json.writeStringField("name", name);
      json.writeStringField("employee_number", employeeNumber);
      json.writeStringField("first_name", firstName);
      json.writeStringField("last_name", lastName);
      json.writeBooleanField("is_active", active);
      json.writeStringField("employment_status", employmentStatus);
      writeOptional(json, "email", email);
      writeRefs("managers", "id", managers);
      writeRefs("groups", "id", memberOf);
      PropertyDefinitions.writeValues(json, values);
      json.writeEndObject();
    }
  }
}
