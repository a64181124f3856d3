package io.secplat.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphQlChangesTest {
  private static final String SPEC = "specs/fixture/accounts.graphqls";

  private static List<String> changes(String fixture) {
    return GraphQlChanges.between(SPEC, Fixtures.graphQl("base"), Fixtures.graphQl(fixture))
        .stream().map(Change::toString).toList();
  }

  @Test
  void aRemovedQueryIsMajor() {
    assertThat(changes("removed-operation"))
        .containsExactly("major: `Query.account`: the new API is missing the field 'Query.account'");
  }

  @Test
  void aRemovedFieldIsMajor() {
    assertThat(changes("removed-field"))
        .containsExactly("major: `Account.createdAt`: the new API is missing the field 'Account.createdAt'");
  }

  @Test
  void aRetypedFieldIsMajor() {
    assertThat(changes("retyped-field"))
        .containsExactly("major: `Account.name`: the new API has changed field 'Account.name' from type 'String!' to 'Int!'");
  }

  @Test
  void aNewRequiredArgumentIsMajor() {
    assertThat(changes("new-required-argument")).containsExactly("major: `Query.accounts`: the new API has made the new "
        + "argument 'tenant' on field 'Query.accounts' non null and hence more strict for old consumers");
  }

  @Test
  void aNarrowedEnumIsMajor() {
    assertThat(changes("narrowed-enum"))
        .containsExactly("major: `AccountStatus`: the new API is missing an enum value 'LOCKED'");
  }

  @Test
  void safeAdditionsAreMinorIncludingTheOptionalArgumentSchemaDiffDoesNotReport() {
    assertThat(changes("safe-addition")).containsExactly(
        "minor: `Account.email`: the new API adds the field 'Account.email'",
        "minor: `Mutation.enableAccount`: the new API adds the field 'Mutation.enableAccount'",
        "minor: `Query.accounts`: the new API adds the optional argument 'first'");
  }

  @Test
  void aDescriptionChangeIsAPatch() {
    assertThat(changes("documentation-only"))
        .containsExactly("patch: descriptions or comments changed; the schema did not");
  }

  @Test
  void aNewEnumValueAndANewOptionalInputFieldAreMinorAndANewRequiredInputFieldIsMajor() {
    String before = "type Query { a(f: F): E }\ninput F { x: String }\nenum E { A B }\n";
    assertThat(GraphQlChanges.between(SPEC, before, before.replace("A B", "A B C").replace("x: String", "x: String y: Int")))
        .map(Change::toString).containsExactly(
            "minor: `E`: the new API has added a new enum value 'C'",
            "minor: `F`: the new API adds the optional input field 'y'");
    assertThat(GraphQlChanges.between(SPEC, before, before.replace("x: String", "x: String y: Int!")))
        .map(Change::level).containsExactly(ChangeLevel.MAJOR);
  }
}
