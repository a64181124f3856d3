package io.secplat.veza.oaa;

import static io.secplat.veza.oaa.CustomApplicationTest.JSON;
import static io.secplat.veza.oaa.CustomApplicationTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.veza.generated.model.OaaHrisEmployee;
import io.secplat.veza.generated.model.OaaHrisGroup;
import io.secplat.veza.generated.model.OaaHrisPayload;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The HRIS builder: what it writes, and each check, element by element. */
class HrisTest {
  static Hris.Builder declared() {
    return Hris.builder("Acme HR", "workday", "https://hr.example.com")
        .idpProvider("okta")
        .employeeProperty("badge", OaaPropertyType.NUMBER);
  }

  static void assertRefused(Consumer<HrisWriter> body, String element, String message) {
    Hris hris = declared().body(body).build();
    assertThatThrownBy(() -> write(hris)).isInstanceOfSatisfying(OaaPayloadException.class, e -> {
      assertThat(e.element()).isEqualTo(element);
      assertThat(e).hasMessage(element + ": " + message);
    });
  }

  @Test
  void writesTheHrisTemplateThatTheGeneratedModelReads() throws IOException {
    Hris hris = declared().idpProvider("azure_ad").body(w -> {
      w.group("eng", "Engineering", "Department");
      w.group("cc-1", "Cost center 1", "Cost Center");
      w.employee("e1", "Ann Lee", "1001", "Ann", "Lee", true, "ACTIVE").email("ann@example.com").group("eng")
          .group("cc-1").manager("e2").property("badge", 7);
      w.employee("e2", "Bob Roe", "1002", "Bob", "Roe", false, "TERMINATED");
    }).build();

    String text = write(hris);
    OaaHrisPayload payload = JSON.readValue(text, OaaHrisPayload.class);

    assertThat(hris.template()).isEqualTo("hris");
    assertThat(payload.getName()).isEqualTo("Acme HR");
    assertThat(payload.getHrisType()).isEqualTo("workday");
    assertThat(payload.getSystem().getId()).isEqualTo("Acme HR");
    assertThat(payload.getSystem().getName()).isEqualTo("Acme HR");
    assertThat(payload.getSystem().getUrl()).isEqualTo("https://hr.example.com");
    assertThat(payload.getSystem().getIdpProviders()).containsExactly("okta", "azure_ad");
    assertThat(payload.getCustomPropertyDefinition()).isEqualTo(Map.of("employee_properties", Map.of("badge", "NUMBER")));
    assertThat(payload.getGroups()).extracting(OaaHrisGroup::getId, OaaHrisGroup::getGroupType)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("eng", "Department"),
            org.assertj.core.groups.Tuple.tuple("cc-1", "Cost Center"));
    OaaHrisEmployee ann = payload.getEmployees().get(0);
    assertThat(ann.getId()).isEqualTo("e1");
    assertThat(ann.getName()).isEqualTo("Ann Lee");
    assertThat(ann.getEmployeeNumber()).isEqualTo("1001");
    assertThat(ann.getFirstName()).isEqualTo("Ann");
    assertThat(ann.getLastName()).isEqualTo("Lee");
    assertThat(ann.getIsActive()).isTrue();
    assertThat(ann.getEmploymentStatus()).isEqualTo("ACTIVE");
    assertThat(ann.getEmail()).isEqualTo("ann@example.com");
    assertThat(ann.getGroups()).isEqualTo(List.of(Map.of("id", "eng"), Map.of("id", "cc-1")));
    assertThat(ann.getManagers()).isEqualTo(List.of(Map.of("id", "e2")));
    assertThat(ann.getCustomProperties()).isEqualTo(Map.of("badge", 7));
    assertThat(payload.getEmployees().get(1).getIsActive()).isFalse();
    assertThat(write(hris)).as("the body runs again and writes the same document").isEqualTo(text);
  }

  @Test
  void anEmployeeIdUsedTwiceIgnoringCaseIsRefused() {
    assertRefused(w -> {
      w.employee("e1", "Ann Lee", "1001", "Ann", "Lee", true, "ACTIVE");
      w.employee("E1", "Ann Lee", "1002", "Ann", "Lee", true, "ACTIVE");
    }, "employee E1", "is declared twice (ids are compared ignoring case)");
  }

  @Test
  void aGroupIdUsedTwiceAcrossGroupTypesIsRefused() {
    assertRefused(w -> {
      w.group("eng", "Engineering", "Department");
      w.group("eng", "Engineering team", "Team");
    }, "group eng", "is declared twice (ids are compared ignoring case)");
  }

  @Test
  void aBlankRequiredEmployeeFieldIsRefused() {
    assertRefused(w -> w.employee("e1", "Ann Lee", "", "Ann", "Lee", true, "ACTIVE"),
        "employee e1 employee number", "must not be blank");
  }

  @Test
  void aBlankEmploymentStatusIsRefused() {
    assertRefused(w -> w.employee("e1", "Ann Lee", "1001", "Ann", "Lee", true, null),
        "employee e1 employment status", "must not be blank");
  }

  @Test
  void aBlankGroupTypeIsRefused() {
    assertRefused(w -> w.group("eng", "Engineering", " "), "group eng group type", "must not be blank");
  }

  @Test
  void anEmployeeInAnUndeclaredGroupIsRefused() {
    assertRefused(w -> {
      w.group("eng", "Engineering", "Department");
      w.employee("e1", "Ann Lee", "1001", "Ann", "Lee", true, "ACTIVE").group("sales");
    }, "employee e1", "group sales is not declared");
  }

  @Test
  void aGroupAfterTheEmployeesIsRefused() {
    assertRefused(w -> {
      w.employee("e1", "Ann Lee", "1001", "Ann", "Lee", true, "ACTIVE");
      w.group("eng", "Engineering", "Department");
    }, "group eng", "comes too late: groups, then employees are written in that order");
  }

  @Test
  void aManagerNeverDeclaredIsRefusedAtTheEnd() {
    assertRefused(w -> {
      w.employee("e1", "Ann Lee", "1001", "Ann", "Lee", true, "ACTIVE").manager("e9");
      w.employee("e2", "Bob Roe", "1002", "Bob", "Roe", true, "ACTIVE");
    }, "employee e1", "manager e9 is not declared");
  }

  @Test
  void anUndeclaredEmployeePropertyIsRefused() {
    assertRefused(w -> w.employee("e1", "Ann Lee", "1001", "Ann", "Lee", true, "ACTIVE").property("desk", "A1"),
        "employee e1", "property desk is not declared for employees (declare property types before use)");
  }

  @Test
  void anEmployeePropertyOfTheWrongTypeIsRefused() {
    assertRefused(w -> w.employee("e1", "Ann Lee", "1001", "Ann", "Lee", true, "ACTIVE").property("badge", "7"),
        "employee e1", "property badge is declared NUMBER but the value is String");
  }

  @Test
  void anUnknownIdentityProviderTypeIsRefused() {
    assertThatThrownBy(() -> declared().idpProvider("ldap")).isInstanceOf(OaaPayloadException.class)
        .hasMessage("idp provider ldap: is not a type Veza knows: one of active_directory, any, azure_ad, custom, "
            + "google_workspace, okta, one_login");
  }
}
