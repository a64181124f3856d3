package io.secplat.tools.lint;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Rule {@code read-only-post}: a POST that reads by its name must say whether it is safe to
 * repeat, because the pipeline retries a POST only when the contract marks it
 * {@code x-safe-to-repeat: true}. The precise rule: a POST without an {@code x-safe-to-repeat}
 * key fails when its operationId starts with a read verb (get, list, search, query, find, check,
 * lookup, count, analyse/analyze; camel or Pascal case, so {@code GetAssessmentQuerySpecNodes} but
 * not {@code CreateAssessmentQuery}), or when its summary's first word is one (those, plus
 * "simulate"), or when its path ends in a {@code :result} or {@code :nodes} custom method. A POST
 * named like a read that does change something says {@code x-safe-to-repeat: false}. A POST that
 * says {@code x-read-only: true} (it only reads: a conformance run calls it) must also say
 * {@code x-safe-to-repeat: true}, since a read is always safe to repeat; the reverse does not hold
 * (an idempotent upload is safe to repeat but writes).
 */
final class SafeToRepeatRule {
  static final String RULE = "read-only-post";
  private static final Pattern READ_ID_CASE = Pattern.compile("^(?:[Gg]et|[Ll]ist|[Ss]earch|[Qq]uery|[Ff]ind|[Cc]heck"
      + "|[Ll]ookup|[Cc]ount|[Aa]naly[sz]e)(?:[A-Z_0-9].*)?$");
  private static final Pattern READ_SUMMARY = Pattern.compile(
      "^(get|list|search|query|find|check|look|count|analy[sz]e|simulate)s?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern READ_PATH = Pattern.compile(":(result|nodes|[a-z_]*_nodes)$");

  private SafeToRepeatRule() {}

  static void check(OpenApiTree spec, Consumer<Violation> out) {
    spec.forEachOperation((where, op) -> {
      if (op.path("x-read-only").asBoolean(false) && !op.path("x-safe-to-repeat").asBoolean(false)) {
        out.accept(spec.violation(where, RULE, "the operation " + op.path("operationId").asText("")
            + " says x-read-only: true but not x-safe-to-repeat: true (a read is always safe to repeat)"));
      }
      if (!where.startsWith("POST ") || op.has("x-safe-to-repeat")) {
        return;
      }
      String id = op.path("operationId").asText("");
      String summary = op.path("summary").asText("").strip();
      String path = where.substring("POST ".length());
      if (READ_ID_CASE.matcher(id).matches()
          || READ_SUMMARY.matcher(summary).find() || READ_PATH.matcher(path).find()) {
        out.accept(spec.violation(where, RULE, "the POST " + id + " reads by its name (\"" + summary
            + "\") but does not say x-safe-to-repeat: true (or false, when it changes something)"));
      }
    });
  }
}
