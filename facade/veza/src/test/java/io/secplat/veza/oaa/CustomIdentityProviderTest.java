package io.secplat.veza.oaa;

import static io.secplat.veza.oaa.CustomApplicationTest.JSON;
import static io.secplat.veza.oaa.CustomApplicationTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.veza.generated.model.OaaCustomIdpPayload;
import io.secplat.veza.generated.model.OaaIdentityRef;
import io.secplat.veza.generated.model.OaaIdpGroup;
import io.secplat.veza.generated.model.OaaIdpUser;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The custom identity provider builder: what it writes, and each check, element by element. */
class CustomIdentityProviderTest {
  static CustomIdentityProvider.Builder declared() {
    return CustomIdentityProvider.builder("corp-idp", "ldap", "example.com")
        .domainProperty("region", OaaPropertyType.STRING)
        .userProperty("badge", OaaPropertyType.NUMBER)
        .groupProperty("cost_center", OaaPropertyType.STRING);
  }

  static void assertRefused(Consumer<IdentityProviderWriter> body, String element, String message) {
    CustomIdentityProvider idp = declared().body(body).build();
    assertThatThrownBy(() -> write(idp)).isInstanceOfSatisfying(OaaPayloadException.class, e -> {
      assertThat(e.element()).isEqualTo(element);
      assertThat(e).hasMessage(element + ": " + message);
    });
  }

  @Test
  void writesTheIdentityProviderTemplateThatTheGeneratedModelReads() throws IOException {
    CustomIdentityProvider idp = declared().domainValue("region", "eu").body(w -> {
      w.group("staff", "Staff").fullName("All staff").property("cost_center", "cc-1");
      w.group("admins", "Admins").parent("staff");
      w.group("ops", "Ops").parent("platform");
      w.group("platform", "Platform");
      w.user("ann@example.com", "ann").email("ann@example.com").fullName("Ann Lee").department("IT").active(true)
          .guest(false).group("admins").group("staff").group("admins").manager("bob@example.com").property("badge", 7);
      w.user("bob@example.com", "bob");
    }).build();

    String text = write(idp);
    OaaCustomIdpPayload payload = JSON.readValue(text, OaaCustomIdpPayload.class);

    assertThat(idp.template()).isEqualTo("identity_provider");
    assertThat(payload.getName()).isEqualTo("corp-idp");
    assertThat(payload.getIdpType()).isEqualTo("ldap");
    assertThat(payload.getDomains()).singleElement().satisfies(d -> {
      assertThat(d.getName()).isEqualTo("example.com");
      assertThat(d.getCustomProperties()).isEqualTo(Map.of("region", "eu"));
    });
    assertThat(payload.getCustomPropertyDefinition()).isEqualTo(Map.of("domain_properties", Map.of("region", "STRING"),
        "user_properties", Map.of("badge", "NUMBER"), "group_properties", Map.of("cost_center", "STRING")));
    assertThat(payload.getGroups()).extracting(OaaIdpGroup::getIdentity).containsExactly("staff", "admins", "ops",
        "platform");
    assertThat(payload.getGroups().get(0).getFullName()).isEqualTo("All staff");
    assertThat(payload.getGroups().get(1).getGroups()).extracting(OaaIdentityRef::getIdentity).containsExactly("staff");
    OaaIdpUser ann = payload.getUsers().get(0);
    assertThat(ann.getIdentity()).isEqualTo("ann@example.com");
    assertThat(ann.getName()).isEqualTo("ann");
    assertThat(ann.getEmail()).isEqualTo("ann@example.com");
    assertThat(ann.getFullName()).isEqualTo("Ann Lee");
    assertThat(ann.getDepartment()).isEqualTo("IT");
    assertThat(ann.getIsActive()).isTrue();
    assertThat(ann.getIsGuest()).isFalse();
    assertThat(ann.getManagerId()).isEqualTo("bob@example.com");
    assertThat(ann.getGroups()).extracting(OaaIdentityRef::getIdentity).containsExactly("admins", "staff");
    assertThat(ann.getCustomProperties()).isEqualTo(Map.of("badge", 7));
    assertThat(payload.getUsers().get(1).getManagerId()).isNull();
    assertThat(write(idp)).as("the body runs again and writes the same document").isEqualTo(text);
  }

  @Test
  void aGroupIdentityUsedTwiceIgnoringCaseIsRefused() {
    assertRefused(w -> {
      w.group("staff", "Staff");
      w.group("STAFF", "Staff again");
    }, "group STAFF", "is declared twice (ids are compared ignoring case)");
  }

  @Test
  void aUserIdentityUsedTwiceIgnoringCaseIsRefused() {
    assertRefused(w -> {
      w.user("ann@example.com", "ann");
      w.user("Ann@Example.com", "ann 2");
    }, "user Ann@Example.com", "is declared twice (ids are compared ignoring case)");
  }

  @Test
  void aBlankIdentityIsRefused() {
    assertRefused(w -> w.user(" ", "ann"), "user  ", "must not be blank");
  }

  @Test
  void aBlankNameIsRefused() {
    assertRefused(w -> w.group("staff", ""), "group staff name", "must not be blank");
  }

  @Test
  void aUserInAnUndeclaredGroupIsRefused() {
    assertRefused(w -> {
      w.group("staff", "Staff");
      w.user("ann", "ann").group("ghosts");
    }, "user ann", "group ghosts is not declared");
  }

  @Test
  void aGroupAfterTheUsersIsRefused() {
    assertRefused(w -> {
      w.user("ann", "ann");
      w.group("late", "Late");
    }, "group late", "comes too late: groups, then users are written in that order");
  }

  @Test
  void aParentGroupNeverDeclaredIsRefusedAtTheEnd() {
    assertRefused(w -> {
      w.group("admins", "Admins").parent("ghosts");
      w.user("ann", "ann");
    }, "group admins", "parent group ghosts is not declared");
  }

  @Test
  void aGroupContainingItselfIsRefused() {
    assertRefused(w -> w.group("staff", "Staff").parent("Staff"), "group staff", "cannot contain itself");
  }

  @Test
  void aManagerNeverDeclaredIsRefusedAtTheEnd() {
    assertRefused(w -> {
      w.user("ann", "ann").manager("carol");
      w.user("bob", "bob");
    }, "user ann", "manager carol is not declared");
  }

  @Test
  void anUndeclaredUserPropertyIsRefused() {
    assertRefused(w -> w.user("ann", "ann").property("cost_center", "cc-1"), "user ann",
        "property cost_center is not declared for users (declare property types before use)");
  }

  @Test
  void aPropertyValueOfTheWrongTypeIsRefused() {
    assertRefused(w -> w.group("staff", "Staff").property("cost_center", 12), "group staff",
        "property cost_center is declared STRING but the value is Integer");
  }

  @Test
  void anUndeclaredDomainPropertyIsRefusedWhenSet() {
    assertThatThrownBy(() -> declared().domainValue("owner", "it"))
        .isInstanceOf(OaaPayloadException.class)
        .hasMessage("domain example.com: property owner is not declared for domains (declare property types before use)");
  }

  @Test
  void aPropertyDeclaredTwiceOrWithABadNameIsRefused() {
    assertThatThrownBy(() -> declared().userProperty("badge", OaaPropertyType.STRING))
        .isInstanceOf(OaaPayloadException.class).hasMessage("user property badge: is declared twice");
    assertThatThrownBy(() -> declared().groupProperty("9lives", OaaPropertyType.STRING))
        .isInstanceOf(OaaPayloadException.class)
        .hasMessage("group property 9lives: a property name starts with a letter and has only letters, digits and _");
  }

  @Test
  void anEmptyProviderStillWritesItsDomainAndEmptyLists() throws IOException {
    OaaCustomIdpPayload payload = JSON.readValue(write(declared().build()), OaaCustomIdpPayload.class);
    assertThat(payload.getDomains()).hasSize(1);
    assertThat(payload.getUsers()).isEqualTo(List.of());
    assertThat(payload.getGroups()).isEqualTo(List.of());
  }
}
