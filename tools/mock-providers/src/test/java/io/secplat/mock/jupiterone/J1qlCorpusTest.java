package io.secplat.mock.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every J1QL query of JupiterOne's published alert-rule packs (npm
 * {@code @jupiterone/jupiterone-alert-rules} 0.3.0, {@code rule-packs/*.json}, installed by
 * tools/j1ql-corpus.sh, never copied here) and every query of the project's own corpus
 * ({@code j1ql/reference-corpus.txt}, one section of the J1QL reference per block) parses and
 * evaluates on the mock's seeded graph without an error.
 */
class J1qlCorpusTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static Graph graph;
  static J1qlEngine engine;

  @BeforeAll
  static void seed() {
    graph = new Graph();
    engine = new J1qlEngine(graph, () -> Graph.EPOCH);
  }

  record Query(String origin, String text) {}

  static List<Query> rulePacks() throws IOException {
    String dir = System.getProperty("j1ql.corpus");
    assertThat(dir).as("system property j1ql.corpus (set by the build: tools/j1ql-corpus.sh installs the rule packs)")
        .isNotNull();
    Path packs = Path.of(dir);
    assertThat(packs).as("JupiterOne's rule packs, installed by tools/j1ql-corpus.sh with npm ci").isDirectory();
    List<Query> queries = new ArrayList<>();
    try (Stream<Path> files = Files.list(packs)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        for (JsonNode rule : JSON.readTree(file.toFile())) {
          for (JsonNode query : rule.path("queries")) {
            queries.add(new Query(file.getFileName() + " " + rule.path("name").asText(), query.path("query").asText()));
          }
        }
      }
    }
    return queries;
  }

  static List<Query> referenceCorpus() throws IOException {
    List<Query> queries = new ArrayList<>();
    try (InputStream in = J1qlCorpusTest.class.getResourceAsStream("/j1ql/reference-corpus.txt")) {
      String section = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("## ")) {
          section = line.substring(3).trim();
        } else if (!line.isBlank() && !line.startsWith("#")) {
          queries.add(new Query(section, line.trim()));
        }
      }
    }
    return queries;
  }

  static List<String> failures(List<Query> queries) {
    List<String> failures = new ArrayList<>();
    for (Query query : queries) {
      try {
        engine.run(query.text(), Map.of("username", "user1"), null, 250, "acc");
      } catch (RuntimeException e) {
        failures.add(query.origin() + ": " + query.text() + "\n    " + e);
      }
    }
    return failures;
  }

  @Test
  void everyQueryOfJupiterOnesAlertRulePacksParsesAndEvaluates() throws IOException {
    List<Query> queries = rulePacks();
    assertThat(queries).hasSize(24);
    assertThat(failures(queries)).isEmpty();
  }

  @Test
  void everyQueryOfTheReferenceCorpusParsesAndEvaluatesAndEverySectionIsCovered() throws IOException {
    List<Query> queries = referenceCorpus();
    assertThat(queries.stream().map(Query::origin).distinct()).contains("FIND", "WITH", "AND/OR", "THAT",
        "Relationship direction operators", "Negating relationships", "AS", "WHERE", "RETURN", "TO", "Commenting",
        "Mathematical Expressions", "Math Operations", "Optional traversals", "Smart classes (beta)",
        "Full-text search", "String Comparisons", "Parameters", "Date Comparisons",
        "Sorting and Pagination via ORDER BY, SKIP, and LIMIT", "Aggregation Functions: COUNT, MIN, MAX, AVG and SUM",
        "Scalar Functions", "De-duplicate results with UNIQUE, RETURN, and MERGE");
    assertThat(failures(queries)).isEmpty();
  }
}
