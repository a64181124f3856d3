package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code secplat veza …} against the embedded Veza mock provider. */
class VezaCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> jsonLines(String text) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(JSON.readTree(line));
      }
    }
    return lines;
  }

  @Test
  void listsSavedQueriesAsJsonLines() throws IOException {
    SecplatCliAccess.Run run = SecplatCliAccess.run("veza", "--mock", "queries", "list");
    assertThat(run.exit()).isZero();
    List<JsonNode> queries = jsonLines(run.out());
    assertThat(queries).hasSize(3).allSatisfy(q -> assertThat(q.path("id").asText()).isNotBlank());
  }

  @Test
  void runsASavedQueryAndStreamsItsNodes() throws IOException {
    String id = jsonLines(SecplatCliAccess.run("veza", "--mock", "queries", "list").out()).get(0).path("id").asText();
    SecplatCliAccess.Run run = SecplatCliAccess.run("veza", "--mock", "queries", "nodes", id, "--limit", "120");
    assertThat(run.exit()).isZero();
    assertThat(jsonLines(run.out())).hasSize(120).allSatisfy(n -> assertThat(n.path("id").asText()).isNotBlank());
  }

  @Test
  void runsAQuerySpecFromAFile(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.json");
    Files.writeString(spec, "{\"query_type\":\"SOURCE_TO_DESTINATION\","
        + "\"source_node_types\":{\"nodes\":[{\"node_type\":\"OktaUser\"}]},"
        + "\"destination_node_types\":{\"nodes\":[{\"node_type\":\"S3Bucket\"}]}}");

    SecplatCliAccess.Run nodes = SecplatCliAccess.run("veza", "--mock", "spec", "nodes", "--file", spec.toString());
    SecplatCliAccess.Run result = SecplatCliAccess.run("veza", "--mock", "spec", "result", "--file", spec.toString());

    assertThat(nodes.exit()).isZero();
    assertThat(jsonLines(nodes.out())).hasSize(250).allSatisfy(n -> assertThat(n.path("type").asText()).isEqualTo("OktaUser"));
    assertThat(result.exit()).isZero();
    assertThat(jsonLines(result.out()).get(0).path("number_value").asText()).isEqualTo("250");
  }

  @Test
  void managesTags() {
    assertThat(SecplatCliAccess.run("veza", "--mock", "tags", "create", "owner", "platform").out())
        .isEqualTo("created tag owner=platform\n");
    assertThat(SecplatCliAccess.run("veza", "--mock", "tags", "add", "arn:aws:iam::1:role/a", "owner=platform").out())
        .isEqualTo("tagged arn:aws:iam::1:role/a with {owner=platform}\n");
    assertThat(SecplatCliAccess.run("veza", "--mock", "tags", "remove", "arn:aws:iam::1:role/a", "owner").out())
        .isEqualTo("removed tag owner from arn:aws:iam::1:role/a\n");
  }

  @Test
  void aMalformedTagIsAUsageError() {
    SecplatCliAccess.Run run = SecplatCliAccess.run("veza", "--mock", "tags", "add", "node-1", "no-equals-sign");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("a tag must be KEY=VALUE, was: no-equals-sign");
  }

  @Test
  void withoutCredentialsTheCommandSaysWhichVariableIsMissing() {
    SecplatCliAccess.Run run = SecplatCliAccess.run("veza", "queries", "list");
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).isEqualTo("error: Veza credentials missing: VEZA_BASE_URL, VEZA_API_KEY are not set; set them in the "
        + "environment, or as default.VEZA_BASE_URL=... in the profile file /nonexistent-home/.config/secplat/profiles.properties, "
        + "or use --mock\n");
  }

  @Test
  void showsAndDeletesASavedQuery() {
    SecplatCliAccess.Run get = SecplatCliAccess.run("veza", "queries", "get", "c169c41c-2650-4f39-8930-f198f70f892b", "--mock",
        "--output", "csv", "--columns", "name,description");
    assertThat(get.exit()).isZero();
    assertThat(get.out()).isEqualTo("name,description\r\nOkta Users to Snowflake Roles,SoD\r\n");

    SecplatCliAccess.Run delete = SecplatCliAccess.run("veza", "--mock", "queries", "delete", "c169c41c-2650-4f39-8930-f198f70f892b");
    assertThat(delete.exit()).isZero();
    assertThat(delete.out()).isEqualTo("deleted saved query c169c41c-2650-4f39-8930-f198f70f892b\n");

    SecplatCliAccess.Run missing = SecplatCliAccess.run("veza", "--mock", "queries", "get", "no-such-query");
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err()).startsWith("error: Veza GET ").contains("404").hasLineCount(1);
  }

  @Test
  void tagPromotions() {
    SecplatCliAccess.Run list = SecplatCliAccess.run("veza", "--mock", "tag-promotions", "list");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).isEmpty();

    SecplatCliAccess.Run promote = SecplatCliAccess.run("veza", "--mock", "tag-promotions", "promote", "cost-center", "AWSTag",
        "--include-entity-type", "AwsIamRole");
    assertThat(promote.exit()).isZero();
    assertThat(promote.out()).isEqualTo("promoted tag cost-center (AWSTag)\n");

    SecplatCliAccess.Run both = SecplatCliAccess.run("veza", "--mock", "tag-promotions", "promote", "cost-center", "AWSTag",
        "--include-entity-type", "A", "--exclude-entity-type", "B");
    assertThat(both.exit()).isEqualTo(1);
    assertThat(both.err()).startsWith("error: Veza POST ").contains("set only one of include_entity_types and exclude_entity_types");

    SecplatCliAccess.Run demote = SecplatCliAccess.run("veza", "--mock", "tag-promotions", "demote", "cost-center", "AWSTag");
    assertThat(demote.exit()).isEqualTo(3);
    assertThat(demote.err()).startsWith("error: Veza ").contains("404");
  }
}
