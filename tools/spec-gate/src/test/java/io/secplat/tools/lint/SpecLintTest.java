package io.secplat.tools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpecLintTest {
  private static final String FILE = "specs/lint/violations.yaml";

  private static String resource(String name) throws IOException {
    try (InputStream in = SpecLintTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> lint(String content) {
    return SpecLint.lint(FILE, content).stream().map(Violation::toString).toList();
  }

  @Test
  void everyRuleNamesTheSpecThePlaceAndItself() throws IOException {
    assertThat(lint(resource("/lint/violations.yaml"))).containsExactly(
        FILE + ": GET /things: operation-id: the operation has no operationId",
        FILE + ": GET /things: operation-tag: the operation has no tag",
        FILE + ": GET /things: operation-summary: the operation has no summary",
        FILE + ": POST /things responses.201: success-schema: no content, and neither a 204/205 status nor a "
            + "description saying the response has no body",
        FILE + ": PUT /things/{id}: success-response: the operation has no 2xx response",
        FILE + ": PATCH /things/{id} responses.200.content.application/json: success-schema: the media type has no schema",
        FILE + ": components.schemas.Thing.properties.owner: named-schema: an inline object schema with properties; "
            + "make it a component and reference it",
        FILE + ": GET /things responses.200.content.application/json.schema.items: named-schema: an inline object "
            + "schema with properties; make it a component and reference it",
        FILE + ": components.schemas.Thing.example: valid-example: Object instance has properties which are not "
            + "allowed by the schema: [\"colour\"]",
        FILE + ": components.schemas.Thing.properties.size.example: valid-example: Numeric instance is lower than the "
            + "required minimum (minimum: 0, found: -3)",
        FILE + ": POST /things requestBody.content.application/json.examples.numeric: valid-example: [Path '/id'] "
            + "Instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])",
        FILE + ": /things/{id} parameters.id.example: valid-example: ECMA 262 regex \"^t-\" does not match input string \"x-1\"",
        FILE + ": GET /things: operation-evidence: no x-evidence: give a list of {source, confirms} or 'unverified' with "
            + "x-evidence-reason",
        FILE + ": PUT /things/{id}: operation-evidence: x-evidence is 'unverified' but x-evidence-reason says not why",
        FILE + ": PATCH /things/{id} x-evidence[0]: operation-evidence: source must be <owner>/<repo>:<path>@<40-hex "
            + "commit>, found 'acme/things-sdk:src/things.py@main'",
        FILE + ": PATCH /things/{id} x-evidence[0]: operation-evidence: the record does not say what the source confirms");
  }

  @Test
  void aCleanSpecHasNoViolations() throws IOException {
    // The gate's fixture carries no evidence records (the gate compares it with other fixtures);
    // every other rule passes on it.
    assertThat(lint(resource("/fixtures/openapi/safe-addition.yaml")))
        .allSatisfy(v -> assertThat(v).contains(": " + EvidenceRule.RULE + ": "));
  }

  @Test
  void evidenceIsARecordListOrUnverifiedWithAReason() {
    String spec = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /a:
            get:
              operationId: getA
              tags: [A]
              summary: Get a
              responses: {'204': {description: Nothing.}}
              x-evidence:
                - source: acme/sdk-py:src/a.py@0123456789abcdef0123456789abcdef01234567
                  confirms: GET /a and its 204
            delete:
              operationId: deleteA
              tags: [A]
              summary: Delete a
              responses: {'204': {description: Nothing.}}
              x-evidence: unverified
              x-evidence-reason: no public caller found in acme/sdk-py
            put:
              operationId: putA
              tags: [A]
              summary: Put a
              responses: {'204': {description: Nothing.}}
              x-evidence: verified
            patch:
              operationId: patchA
              tags: [A]
              summary: Patch a
              responses: {'204': {description: Nothing.}}
              x-evidence: []
        """;
    assertThat(lint(spec)).containsExactly(
        FILE + ": PUT /a: operation-evidence: x-evidence text must be 'unverified', found 'verified'",
        FILE + ": PATCH /a: operation-evidence: x-evidence is an empty list");
  }

  @Test
  void aContractWhoseEvidenceIsPendingElsewhereIsSkipped() {
    String spec = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /a:
            get:
              operationId: getA
              tags: [A]
              summary: Get a
              responses: {'204': {description: Nothing.}}
        """;
    Set<String> pending = Set.of("specs/pending.yaml");
    List<Violation> skipped = new ArrayList<>();
    EvidenceRule.check(OpenApiTree.parse("specs/pending.yaml", spec), skipped::add, pending);
    List<Violation> checked = new ArrayList<>();
    EvidenceRule.check(OpenApiTree.parse("specs/other.yaml", spec), checked::add, pending);
    assertThat(skipped).isEmpty();
    assertThat(checked).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("operation-evidence"));
  }

  @Test
  void allOfMembersAndFreeFormMapsNeedNoName() {
    String spec = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Base: {type: object, properties: {id: {type: string}}}
            Extended:
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  properties: {extra: {type: string}}
            Labels: {type: object, additionalProperties: {type: string}}
        """;
    assertThat(lint(spec)).isEmpty();
  }

  @Test
  void anEmptySuccessIsFineWhenDocumentedAsEmpty() {
    assertThat(OperationRules.documentedEmpty("204", "The node was deleted.")).isTrue();
    assertThat(OperationRules.documentedEmpty("205", "")).isTrue();
    assertThat(OperationRules.documentedEmpty("200", "The environment was deleted. The response has no body.")).isTrue();
    assertThat(OperationRules.documentedEmpty("200",
        "The user was unmapped from the account. The doc does not describe a response body; none is declared.")).isTrue();
    assertThat(OperationRules.documentedEmpty("202", "Accepted, with an empty body.")).isTrue();
    assertThat(OperationRules.documentedEmpty("200", "The environment was deleted.")).isFalse();
    assertThat(OperationRules.documentedEmpty("201", "Created; the body describes the thing.")).isFalse();
  }

  @Test
  void aGraphQlSchemaMustBuild() {
    assertThat(SpecLint.lint("specs/x.graphqls", "type Query { a: String }")).isEmpty();
    assertThat(SpecLint.lint("specs/x.graphqls", "type Query { a: Missing }")).singleElement()
        .satisfies(v -> {
          assertThat(v.rule()).isEqualTo("graphql-schema");
          assertThat(v.message()).contains("Missing");
        });
  }

  @Test
  void filesThatAreNoContractsAreNotLinted() {
    assertThat(SpecLint.lint("specs/notes.yaml", "just: notes\n")).isEmpty();
    assertThat(SpecLint.lint("specs/CHANGELOG.md", "# changelog\n")).isEmpty();
  }

  @Test
  void aPostThatReadsByItsNameMustSayWhetherItIsSafeToRepeat() {
    String head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n";
    String op = "      tags: [t]\n      responses:\n        '204': {description: none}\n";
    String spec = head
        + "  /q:nodes:\n    post:\n      operationId: GetThingNodes\n      summary: Get thing nodes\n" + op
        + "  /queries:\n    post:\n      operationId: CreateAssessmentQuery\n      summary: Save a query\n" + op
        + "  /exists:\n    post:\n      operationId: RoleExists\n      summary: Check whether a role exists\n" + op
        + "  /marked:\n    post:\n      operationId: listMarked\n      x-safe-to-repeat: true\n      summary: List\n" + op
        + "  /writes:\n    post:\n      operationId: getOrCreate\n      x-safe-to-repeat: false\n      summary: Get\n" + op
        + "  /read:\n    get:\n      operationId: getRead\n      summary: Get a read\n" + op;
    assertThat(SpecLint.lint(FILE, spec).stream().filter(v -> v.rule().equals("read-only-post")).map(Violation::location))
        .containsExactly("POST /q:nodes", "POST /exists");
  }

  @Test
  void aPostThatSaysItOnlyReadsMustAlsoSayItIsSafeToRepeat() {
    String head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n";
    String op = "      tags: [t]\n      responses:\n        '204': {description: none}\n";
    String spec = head
        + "  /reads:\n    post:\n      operationId: Analyse\n      x-safe-to-repeat: true\n      x-read-only: true\n"
        + "      summary: Analyse\n" + op
        + "  /unsure:\n    post:\n      operationId: Simulate\n      x-safe-to-repeat: false\n      x-read-only: true\n"
        + "      summary: Simulate\n" + op
        + "  /upload:\n    post:\n      operationId: PushParts\n      x-safe-to-repeat: true\n      summary: Push\n" + op;
    assertThat(SpecLint.lint(FILE, spec).stream().filter(v -> v.rule().equals("read-only-post")).map(Violation::message))
        .containsExactly("the operation Simulate says x-read-only: true but not x-safe-to-repeat: true"
            + " (a read is always safe to repeat)");
  }
}
