package io.secplat.tools.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Rule {@code graphql-evidence}: every root field of a GraphQL contract ({@code x.graphqls}) has
 * an evidence record in the file beside it ({@code x.evidence.yaml}), keyed
 * {@code Query.<field>} or {@code Mutation.<field>}: either a non-empty list of
 * {@code {source: "<owner>/<repo>:<path>@<40-hex commit>", confirms: "<what it shows>"}} or
 * {@code {unverified: "<why no public artifact shows it>"}}. A record for a root field the
 * schema does not have is stale and fails too. Other top-level keys (e.g. {@code shapes}) are
 * left to their own checks.
 *
 * <pre>{@code
 * GraphQlEvidenceRule.check("specs/j1/j1.graphqls", sdl, evidenceYaml, violations::add);
 * }</pre>
 */
final class GraphQlEvidenceRule {
  static final String RULE = "graphql-evidence";
  /** {@code owner/repo:path@commit}, the commit a full 40-hex SHA. */
  static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*:[^@\\s]+@[0-9a-f]{40}");
  private static final Pattern RECORD_KEY = Pattern.compile("(Query|Mutation|Subscription)\\..+");

  private GraphQlEvidenceRule() {}

  /** @return where the evidence of a GraphQL contract lives: {@code a/b.graphqls} → {@code a/b.evidence.yaml} */
  static String evidencePath(String schemaPath) {
    int dot = schemaPath.lastIndexOf('.');
    return (dot < 0 ? schemaPath : schemaPath.substring(0, dot)) + ".evidence.yaml";
  }

  /**
   * @param file the schema's path, used in the violations
   * @param sdl the schema
   * @param evidence the evidence file's content, or null when there is none
   * @param violations receives each violation
   */
  static void check(String file, String sdl, String evidence, Consumer<Violation> violations) {
    TypeDefinitionRegistry registry;
    try {
      registry = new SchemaParser().parse(sdl);
    } catch (RuntimeException e) {
      return; // graphql-schema reports it
    }
    Set<String> roots = new TreeSet<>();
    for (String root : new String[] {"Query", "Mutation", "Subscription"}) {
      registry.getType(root, ObjectTypeDefinition.class).ifPresent(type -> {
        for (FieldDefinition field : type.getFieldDefinitions()) {
          roots.add(root + "." + field.getName());
        }
      });
    }
    String evidenceFile = evidencePath(file);
    JsonNode records;
    try {
      records = evidence == null ? null : new YAMLMapper().readTree(evidence);
    } catch (JsonProcessingException e) {
      violations.accept(new Violation(evidenceFile, "(file)", RULE, "not YAML: " + e.getOriginalMessage()));
      return;
    }
    if (records == null || !records.isObject()) {
      violations.accept(new Violation(file, "(schema)", RULE, evidence == null
          ? "no evidence file " + evidenceFile + " for its " + roots.size() + " root field(s)"
          : evidenceFile + " is not a map of records"));
      return;
    }
    for (String root : roots) {
      JsonNode record = records.get(root);
      String problem = record == null ? "no evidence record in " + evidenceFile : problem(record);
      if (problem != null) {
        violations.accept(new Violation(file, root, RULE, problem));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = records.fields(); it.hasNext(); ) {
      String key = it.next().getKey();
      if (RECORD_KEY.matcher(key).matches() && !roots.contains(key)) {
        violations.accept(new Violation(evidenceFile, key, RULE, "record for a root field the schema does not have"));
      }
    }
  }

  /** @return what is wrong with one record, or null */
  static String problem(JsonNode record) {
    if (record.isObject()) {
      JsonNode reason = record.get("unverified");
      return reason != null && reason.isTextual() && !reason.asText().isBlank() && record.size() == 1 ? null
          : "a record is a list of {source, confirms} or {unverified: <reason>}";
    }
    if (!record.isArray() || record.isEmpty()) {
      return "a record is a non-empty list of {source, confirms} or {unverified: <reason>}";
    }
    for (int i = 0; i < record.size(); i++) {
      JsonNode entry = record.get(i);
      String source = entry.path("source").asText("");
      if (!SOURCE.matcher(source).matches()) {
        return "[" + i + "].source must be <owner>/<repo>:<path>@<40-hex commit>, was '" + source + "'";
      }
      if (entry.path("confirms").asText("").isBlank()) {
        return "[" + i + "].confirms must say what the source shows";
      }
    }
    return null;
  }
}
