package io.secplat.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiChangesTest {
  private static final String SPEC = "specs/fixture/accounts.yaml";

  private static List<String> changes(String fixture) {
    return OpenApiChanges.between(SPEC, Fixtures.openApi("base"), Fixtures.openApi(fixture))
        .stream().map(Change::toString).toList();
  }

  @Test
  void aRemovedOperationIsMajor() {
    assertThat(changes("removed-operation"))
        .containsExactly("major: operation `DELETE /accounts/{accountId}` (deleteAccount) removed");
  }

  @Test
  void aFieldRemovedFromAResponseIsMajorThoughOpenApiDiffCallsItCompatible() {
    assertThat(changes("removed-field")).containsExactly("major: `Account.createdAt` removed");
  }

  @Test
  void aRetypedFieldIsMajorAndNamedOnceThoughTwoOperationsReturnIt() {
    assertThat(changes("retyped-field")).containsExactly("major: `Account.name`: type changed from string to integer");
  }

  @Test
  void aNewRequiredParameterIsMajor() {
    assertThat(changes("new-required-parameter"))
        .containsExactly("major: `GET /accounts`: new required query parameter `tenant`");
  }

  @Test
  void aNarrowedEnumIsMajorInRequestsAndResponsesAlike() {
    assertThat(changes("narrowed-enum")).containsExactly("major: `AccountStatus`: enum value(s) removed: locked");
  }

  @Test
  void safeAdditionsAreMinor() {
    assertThat(changes("safe-addition")).containsExactly(
        "minor: new operation `GET /accounts/{accountId}/groups` (listAccountGroups)",
        "minor: `GET /accounts`: new optional query parameter `limit`",
        "minor: new property `Account.email`");
  }

  @Test
  void aDescriptionChangeIsAPatch() {
    assertThat(changes("documentation-only"))
        .containsExactly("patch: descriptions, examples or extensions changed; the API did not");
  }

  @Test
  void anIdenticalSpecHasNoChanges() {
    assertThat(changes("base")).isEmpty();
  }

  @Test
  void everyChangeNamesItsSpec() {
    assertThat(OpenApiChanges.between(SPEC, Fixtures.openApi("base"), Fixtures.openApi("safe-addition")))
        .extracting(Change::subject).containsOnly(SPEC);
  }

  @Test
  void aNewRequiredRequestPropertyIsMajorAndAnEnumValueAddedIsMinor() {
    String before = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /things:
            post:
              operationId: createThing
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/NewThing'}
              responses:
                '204': {description: created}
        components:
          schemas:
            NewThing:
              type: object
              required: [name]
              properties:
                name: {type: string}
                kind: {type: string, enum: [a, b]}
        """;
    String after = before.replace("required: [name]", "required: [name, owner]")
        .replace("name: {type: string}", "name: {type: string}\n        owner: {type: string}")
        .replace("enum: [a, b]", "enum: [a, b, c]");
    assertThat(OpenApiChanges.between(SPEC, before, after)).map(Change::toString).containsExactly(
        "major: new required property `NewThing.owner`",
        "minor: `NewThing.kind`: new enum value(s): c");
  }
}
