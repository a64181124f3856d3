package io.secplat.veza.oaa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.veza.generated.model.OaaCustomApplicationPayload;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The custom application builder: what it writes, and each check Veza makes, element by element. */
class CustomApplicationTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static CustomApplication.Builder declared() {
    return CustomApplication.builder("portal", "AcmePortal")
        .property(OaaEntity.LOCAL_USER, "department", OaaPropertyType.STRING)
        .property(OaaEntity.LOCAL_USER, "level", OaaPropertyType.NUMBER)
        .property(OaaEntity.LOCAL_GROUP, "cost_center", OaaPropertyType.STRING)
        .resourceProperty("folder", "private", OaaPropertyType.BOOLEAN)
        .permission("view", OaaPermission.DATA_READ)
        .permission("edit", OaaPermission.DATA_READ, OaaPermission.DATA_WRITE)
        .role("editor", "Editor", "view", "edit")
        .resource("invoices", "Invoices", "folder", Map.of("private", true));
  }

  static String write(OaaPayload payload) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
      payload.writeTo(json);
    }
    return out.toString();
  }

  static void assertRefused(Consumer<ApplicationWriter> body, String element, String message) {
    CustomApplication app = declared().body(body).build();
    assertThatThrownBy(() -> write(app)).isInstanceOfSatisfying(OaaPayloadException.class, e -> {
      assertThat(e.element()).isEqualTo(element);
      assertThat(e).hasMessage(element + ": " + message);
    });
  }

  @Test
  void writesTheCustomApplicationTemplateThatTheGeneratedModelReads() throws IOException {
    CustomApplication app = declared().description("billing").body(w -> {
      w.group("staff", "Staff").property("cost_center", "cc-1");
      w.user("u1", "ann").identity("ann@example.com").group("staff").email("ann@example.com").active(true)
          .createdAt(Instant.parse("2024-01-02T03:04:05Z")).property("department", "finance").property("level", 3);
      w.grant(OaaIdentityType.LOCAL_USER, "u1").role("editor", "invoices").permission("view");
      w.grant(OaaIdentityType.IDP, "bob@example.com").permission("view", "invoices");
    }).build();

    OaaCustomApplicationPayload payload = JSON.readValue(write(app), OaaCustomApplicationPayload.class);

    assertThat(payload.getApplications()).hasSize(1);
    var application = payload.getApplications().get(0);
    assertThat(application.getName()).isEqualTo("portal");
    assertThat(application.getApplicationType()).isEqualTo("AcmePortal");
    assertThat(application.getDescription()).isEqualTo("billing");
    assertThat(application.getLocalGroups()).singleElement().satisfies(g -> {
      assertThat(g.getId()).isEqualTo("staff");
      assertThat(g.getCustomProperties()).containsEntry("cost_center", "cc-1");
    });
    assertThat(application.getLocalUsers()).singleElement().satisfies(u -> {
      assertThat(u.getId()).isEqualTo("u1");
      assertThat(u.getIdentities()).containsExactly("ann@example.com");
      assertThat(u.getGroups()).containsExactly("staff");
      assertThat(u.getIsActive()).isTrue();
      assertThat(u.getCreatedAt()).isEqualTo("2024-01-02T03:04:05Z");
      assertThat(u.getCustomProperties()).containsEntry("department", "finance").containsEntry("level", 3);
    });
    assertThat(application.getLocalRoles()).singleElement().satisfies(r -> assertThat(r.getPermissions())
        .containsExactly("view", "edit"));
    assertThat(application.getResources()).singleElement().satisfies(r -> {
      assertThat(r.getResourceType()).isEqualTo("folder");
      assertThat(r.getCustomProperties()).containsEntry("private", true);
    });
    assertThat(payload.getPermissions()).extracting(p -> p.getName() + "=" + p.getPermissionType())
        .containsExactly("view=[DataRead]", "edit=[DataRead, DataWrite]");
    assertThat(payload.getIdentityToPermissions()).hasSize(2);
    var grant = payload.getIdentityToPermissions().get(0);
    assertThat(grant.getIdentity()).isEqualTo("u1");
    assertThat(grant.getIdentityType().getValue()).isEqualTo("local_user");
    assertThat(grant.getRoleAssignments()).singleElement().satisfies(r -> {
      assertThat(r.getApplication()).isEqualTo("portal");
      assertThat(r.getRole()).isEqualTo("editor");
      assertThat(r.getResources()).containsExactly("invoices");
    });
    assertThat(grant.getApplicationPermissions()).singleElement().satisfies(p -> {
      assertThat(p.getPermission()).isEqualTo("view");
      assertThat(p.getApplyToApplication()).isTrue();
    });
    var definitions = payload.getCustomPropertyDefinition().getApplications().get(0);
    assertThat(definitions.getLocalUserProperties()).containsEntry("department",
        io.secplat.veza.generated.model.OaaPropertyType.STRING);
    assertThat(definitions.getResources()).singleElement().satisfies(r -> assertThat(r.getResourceType()).isEqualTo("folder"));
  }

  @Test
  void theSamePayloadIsWrittenEveryTime() throws IOException {
    CustomApplication app = declared().body(w -> w.user("u1", "ann")).build();
    assertThat(write(app)).isEqualTo(write(app));
  }

  // ---- declarations -------------------------------------------------------------------------

  @Test
  void aPermissionDeclaredTwiceIsRefused() {
    assertThatThrownBy(() -> declared().permission("view", OaaPermission.DATA_WRITE))
        .isInstanceOf(OaaPayloadException.class).hasMessage("permission view: is declared twice");
  }

  @Test
  void aPermissionWithoutCanonicalPermissionIsRefused() {
    assertThatThrownBy(() -> declared().permission("admin"))
        .hasMessage("permission admin: needs at least one canonical permission");
  }

  @Test
  void aRoleWithAnUndeclaredPermissionIsRefused() {
    assertThatThrownBy(() -> declared().role("owner", "Owner", "view", "delete"))
        .isInstanceOfSatisfying(OaaPayloadException.class, e -> assertThat(e.element()).isEqualTo("local role owner"))
        .hasMessage("local role owner: permission delete is not declared (declare permissions before roles)");
  }

  @Test
  void aRoleDeclaredTwiceIsRefused() {
    assertThatThrownBy(() -> declared().role("editor", "Editor 2", "view")).hasMessage("local role editor: is declared twice");
  }

  @Test
  void aResourceDeclaredTwiceIsRefused() {
    assertThatThrownBy(() -> declared().resource("invoices", "Other", "folder"))
        .hasMessage("resource invoices: is declared twice");
  }

  @Test
  void aResourcePropertyOfAnotherTypeIsRefused() {
    assertThatThrownBy(() -> declared().resource("r2", "R2", "folder", Map.of("private", "yes")))
        .hasMessage("resource r2: property private is declared BOOLEAN but the value is String");
  }

  @Test
  void aResourcePropertyNotDeclaredForItsTypeIsRefused() {
    assertThatThrownBy(() -> declared().resource("r2", "R2", "bucket", Map.of("private", true)))
        .hasMessage("resource r2: property private is not declared for resources of type bucket"
            + " (declare property types before use)");
  }

  @Test
  void aPropertyDeclaredTwiceOrWithABadNameIsRefused() {
    assertThatThrownBy(() -> declared().property(OaaEntity.LOCAL_USER, "department", OaaPropertyType.STRING))
        .hasMessage("local user property department: is declared twice");
    assertThatThrownBy(() -> declared().property(OaaEntity.LOCAL_USER, "1st-name", OaaPropertyType.STRING))
        .hasMessage("local user property 1st-name: a property name starts with a letter and has only letters, digits and _");
  }

  @Test
  void anUndeclaredApplicationPropertyIsRefused() {
    assertThatThrownBy(() -> declared().applicationProperty("owner", "x"))
        .hasMessage("application portal: property owner is not declared for applications"
            + " (declare property types before use)");
  }

  @Test
  void aBlankIdIsRefused() {
    assertThatThrownBy(() -> declared().resource(" ", "x", "folder")).hasMessage("resource  : must not be blank");
  }

  // ---- streamed elements ----------------------------------------------------------------------

  @Test
  void aGroupDeclaredTwiceIsRefused() {
    assertRefused(w -> {
      w.group("staff", "Staff");
      w.group("staff", "Staff again");
    }, "local group staff", "is declared twice");
  }

  @Test
  void aGroupWhoseParentComesLaterIsRefused() {
    assertRefused(w -> w.group("ops", "Ops").parent("staff"), "local group ops", "parent group staff is not declared before it");
  }

  @Test
  void aGroupCannotContainItself() {
    assertRefused(w -> w.group("ops", "Ops").parent("ops"), "local group ops", "cannot contain itself");
  }

  @Test
  void aUserDeclaredTwiceIsRefused() {
    assertRefused(w -> {
      w.user("u1", "ann");
      w.user("u1", "bob");
    }, "local user u1", "is declared twice");
  }

  @Test
  void aUserInAnUndeclaredGroupIsRefused() {
    assertRefused(w -> w.user("u1", "ann").group("ghosts"), "local user u1", "group ghosts is not declared");
  }

  @Test
  void aUserPropertyThatIsNotDeclaredIsRefused() {
    assertRefused(w -> w.user("u1", "ann").property("title", "cfo"), "local user u1",
        "property title is not declared for local users (declare property types before use)");
  }

  @Test
  void aUserPropertyOfTheWrongTypeIsRefused() {
    assertRefused(w -> w.user("u1", "ann").property("level", "three"), "local user u1",
        "property level is declared NUMBER but the value is String");
  }

  @Test
  void aGroupAfterAUserComesTooLate() {
    assertRefused(w -> {
      w.user("u1", "ann");
      w.group("staff", "Staff");
    }, "local group staff", "comes too late: groups come first, then users, then grants");
  }

  @Test
  void aGrantToAnUndeclaredUserIsRefused() {
    assertRefused(w -> w.grant(OaaIdentityType.LOCAL_USER, "u9").permission("view"), "grant to local_user u9",
        "local user u9 is not declared");
  }

  @Test
  void aGrantToAnUndeclaredGroupIsRefused() {
    assertRefused(w -> w.grant(OaaIdentityType.LOCAL_GROUP, "g9").permission("view"), "grant to local_group g9",
        "local group g9 is not declared");
  }

  @Test
  void aGrantOfAnUndeclaredPermissionIsRefused() {
    assertRefused(w -> {
      w.user("u1", "ann");
      w.grant(OaaIdentityType.LOCAL_USER, "u1").permission("delete");
    }, "grant to local_user u1", "permission delete is not declared");
  }

  @Test
  void aGrantOfAnUndeclaredRoleIsRefused() {
    assertRefused(w -> w.grant(OaaIdentityType.IDP, "ann@example.com").role("owner"), "grant to idp ann@example.com",
        "role owner is not declared");
  }

  @Test
  void aGrantOnAnUndeclaredResourceIsRefused() {
    assertRefused(w -> w.grant(OaaIdentityType.IDP, "ann@example.com").permission("view", "payroll"),
        "grant to idp ann@example.com", "resource payroll is not declared");
  }

  @Test
  void aGrantOfNothingIsRefused() {
    assertRefused(w -> w.grant(OaaIdentityType.IDP, "ann@example.com"), "grant to idp ann@example.com",
        "grants neither a permission nor a role");
  }

  @Test
  void aUserAfterAGrantComesTooLate() {
    assertRefused(w -> {
      w.grant(OaaIdentityType.IDP, "ann@example.com").permission("view");
      w.user("u1", "ann");
    }, "local user u1", "comes too late: groups come first, then users, then grants");
  }

  @Test
  void propertyTypesAcceptTheirJavaValues() {
    assertThat(OaaPropertyType.TIMESTAMP.accepts("2024-01-02T03:04:05Z")).isTrue();
    assertThat(OaaPropertyType.TIMESTAMP.accepts("yesterday")).isFalse();
    assertThat(OaaPropertyType.STRING_LIST.accepts(List.of("a", "b"))).isTrue();
    assertThat(OaaPropertyType.STRING_LIST.accepts(List.of("a", 1))).isFalse();
    assertThat(OaaPropertyType.NUMBER.accepts(2.5)).isFalse();
    assertThat(OaaPropertyType.BOOLEAN.accepts(Boolean.FALSE)).isTrue();
  }
}
