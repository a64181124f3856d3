package io.secplat.tools.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What every operation must carry: an {@code operationId} (the generated method's name), at least
 * one tag (the generated API class), a summary, and a 2xx response whose every media type has a
 * schema.
 *
 * <p>A 2xx response without {@code content} is accepted only when it is documented as empty: the
 * status is 204 or 205, or the description says there is no body (Britive's deletes answer 200
 * with "The response has no body."; its unmap says "...a response body; none is declared.").
 */
final class OperationRules {
  static final List<String> RULES = List.of("operation-id", "operation-tag", "operation-summary", "success-response", "success-schema");
  private static final Pattern NO_BODY = Pattern.compile(
      "(?i)\\b(no|without( a)?|empty)\\s+(response\\s+)?(body|content)\\b|\\bbody\\b[^.]*\\bnone is declared\\b");

  private OperationRules() {}

  static void check(OpenApiTree spec, Consumer<Violation> out) {
    spec.forEachOperation((where, op) -> {
      if (op.path("operationId").asText().isBlank()) {
        out.accept(spec.violation(where, "operation-id", "the operation has no operationId"));
      }
      if (!op.path("tags").isArray() || op.path("tags").isEmpty()) {
        out.accept(spec.violation(where, "operation-tag", "the operation has no tag"));
      }
      if (op.path("summary").asText().isBlank()) {
        out.accept(spec.violation(where, "operation-summary", "the operation has no summary"));
      }
      successResponses(spec, where, op.path("responses"), out);
    });
  }

  private static void successResponses(OpenApiTree spec, String where, JsonNode responses, Consumer<Violation> out) {
    boolean any = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().startsWith("2")) {
        continue;
      }
      any = true;
      JsonNode response = spec.deref(e.getValue());
      String at = where + " responses." + e.getKey();
      JsonNode content = response.path("content");
      if (content.isMissingNode() || content.isEmpty()) {
        if (!documentedEmpty(e.getKey(), response.path("description").asText())) {
          out.accept(spec.violation(at, "success-schema",
              "no content, and neither a 204/205 status nor a description saying the response has no body"));
        }
        continue;
      }
      content.fields().forEachRemaining(media -> {
        if (!media.getValue().has("schema")) {
          out.accept(spec.violation(at + ".content." + media.getKey(), "success-schema", "the media type has no schema"));
        }
      });
    }
    if (!any) {
      out.accept(spec.violation(where, "success-response", "the operation has no 2xx response"));
    }
  }

  static boolean documentedEmpty(String status, String description) {
    return status.equals("204") || status.equals("205") || NO_BODY.matcher(description).find();
  }
}
