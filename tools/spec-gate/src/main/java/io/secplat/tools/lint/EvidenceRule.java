package io.secplat.tools.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Rule {@code operation-evidence}: every OpenAPI operation says what public artifact of the vendor
 * shows it, so a contract is never again only the suite agreeing with itself. Two forms are valid:
 *
 * <pre>{@code
 * x-evidence:                                  # what a vendor's own artifact shows
 *   - source: britive/python-sdk:src/britive/application_management/accounts.py@7e821a7318d512d3734f4c01497c32f63e998f17
 *     confirms: POST .../users with a JSON array of user ids
 *
 * x-evidence: unverified                       # no public artifact shows it
 * x-evidence-reason: no public caller of this endpoint in ScriptRock/py-upguard, ...
 * }</pre>
 *
 * <p>A {@code source} is {@code <owner>/<repo>:<path>@<40-hex commit>}; {@code confirms} says in
 * the author's words what the file shows. An unverified operation must give a non-blank
 * {@code x-evidence-reason}. Contracts whose evidence is written in parallel by another change are
 * listed in {@link #PENDING} and skipped until that change lands.
 */
final class EvidenceRule {
  static final String RULE = "operation-evidence";
  static final String UNVERIFIED = "unverified";
  static final Pattern SOURCE = Pattern.compile("^[A-Za-z0-9][\\w.-]*/[\\w.-]+:[^@\\s]+@[0-9a-f]{40}$");

  /**
   * Contracts (paths relative to the repository root) whose evidence records are being added by
   * another branch; the rule skips them. Remove an entry once that branch is merged.
   */
  static final Set<String> PENDING = Set.of();

  private EvidenceRule() {}

  static void check(OpenApiTree spec, Consumer<Violation> out) {
    check(spec, out, PENDING);
  }

  static void check(OpenApiTree spec, Consumer<Violation> out, Set<String> pending) {
    if (pending.contains(spec.file())) {
      return;
    }
    spec.forEachOperation((where, op) -> {
      JsonNode evidence = op.path("x-evidence");
      if (evidence.isMissingNode() || evidence.isNull()) {
        out.accept(spec.violation(where, RULE,
            "no x-evidence: give a list of {source, confirms} or 'unverified' with x-evidence-reason"));
      } else if (evidence.isTextual()) {
        unverified(spec, where, op, evidence.asText(), out);
      } else if (evidence.isArray()) {
        records(spec, where, evidence, out);
      } else {
        out.accept(spec.violation(where, RULE, "x-evidence must be a list of {source, confirms} or 'unverified'"));
      }
    });
  }

  private static void unverified(OpenApiTree spec, String where, JsonNode op, String value, Consumer<Violation> out) {
    if (!UNVERIFIED.equals(value)) {
      out.accept(spec.violation(where, RULE, "x-evidence text must be 'unverified', found '" + value + "'"));
    } else if (op.path("x-evidence-reason").asText().isBlank()) {
      out.accept(spec.violation(where, RULE, "x-evidence is 'unverified' but x-evidence-reason says not why"));
    }
  }

  private static void records(OpenApiTree spec, String where, JsonNode evidence, Consumer<Violation> out) {
    if (evidence.isEmpty()) {
      out.accept(spec.violation(where, RULE, "x-evidence is an empty list"));
    }
    for (int i = 0; i < evidence.size(); i++) {
      JsonNode record = evidence.get(i);
      String at = where + " x-evidence[" + i + "]";
      String source = record.path("source").asText();
      if (!SOURCE.matcher(source).matches()) {
        out.accept(spec.violation(at, RULE,
            "source must be <owner>/<repo>:<path>@<40-hex commit>, found '" + source + "'"));
      }
      if (record.path("confirms").asText().isBlank()) {
        out.accept(spec.violation(at, RULE, "the record does not say what the source confirms"));
      }
    }
  }
}
