package io.secplat.tools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule graphql-evidence: every root field of a GraphQL contract has an evidence record beside it. */
class GraphQlEvidenceRuleTest {
  static final String SDL = "type Query { a: String b(x: Int): Int }\ntype Mutation { m: Boolean }\n";
  static final String SOURCE = "owner/repo:path/schema.graphql@0123456789abcdef0123456789abcdef01234567";

  static List<String> lint(String evidence) {
    List<Violation> violations = new ArrayList<>();
    GraphQlEvidenceRule.check("specs/x/x.graphqls", SDL, evidence, violations::add);
    return violations.stream().map(Violation::toString).toList();
  }

  static String record(String key) {
    return key + ":\n  - source: \"" + SOURCE + "\"\n    confirms: \"it is there\"\n";
  }

  @Test
  void everyRootFieldWithARecordPasses() {
    assertThat(lint(record("Query.a") + record("Query.b") + "Mutation.m:\n  unverified: \"no public caller\"\n"
        + "shapes:\n  Foo.bar: \"String\"\n")).isEmpty();
  }

  @Test
  void aRootFieldWithoutARecordFailsNamingIt() {
    assertThat(lint(record("Query.a") + record("Mutation.m"))).containsExactly(
        "specs/x/x.graphqls: Query.b: graphql-evidence: no evidence record in specs/x/x.evidence.yaml");
  }

  @Test
  void aMissingEvidenceFileFails() {
    assertThat(lint(null)).containsExactly(
        "specs/x/x.graphqls: (schema): graphql-evidence: no evidence file specs/x/x.evidence.yaml for its 3 root field(s)");
  }

  @Test
  void badRecordsAndStaleRecordsFail() {
    String evidence = "Query.a:\n  - source: \"owner/repo:path@abc\"\n    confirms: \"x\"\n"
        + "Query.b:\n  - source: \"" + SOURCE + "\"\n    confirms: \" \"\n"
        + "Mutation.m: []\n" + record("Query.gone");
    assertThat(lint(evidence)).containsExactly(
        "specs/x/x.graphqls: Mutation.m: graphql-evidence: a record is a non-empty list of {source, confirms} or {unverified: <reason>}",
        "specs/x/x.graphqls: Query.a: graphql-evidence: [0].source must be <owner>/<repo>:<path>@<40-hex commit>, was 'owner/repo:path@abc'",
        "specs/x/x.graphqls: Query.b: graphql-evidence: [0].confirms must say what the source shows",
        "specs/x/x.evidence.yaml: Query.gone: graphql-evidence: record for a root field the schema does not have");
  }

  @Test
  void theFolderLintReadsTheEvidenceFileBesideTheSchema(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("specs/x"));
    Files.writeString(root.resolve("specs/x/x.graphqls"), SDL);
    assertThat(SpecLint.lintFolder(root, "specs")).extracting(Violation::rule).containsExactly("graphql-evidence");
    Files.writeString(root.resolve("specs/x/x.evidence.yaml"), record("Query.a") + record("Query.b") + record("Mutation.m"));
    assertThat(SpecLint.lintFolder(root, "specs")).isEmpty();
  }
}
