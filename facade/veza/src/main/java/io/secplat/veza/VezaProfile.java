package io.secplat.veza;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.http.VendorProfile;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Veza at the HTTP level: the error envelope {@code {code, message, request_id, timestamp,
 * details}} and the POST operations that only read (query specs and the private analyses).
 */
final class VezaProfile implements VendorProfile {
  /** POST operations that compute an answer and change nothing, or are marked x-safe-to-repeat: safe to retry. */
  private static final Set<String> READ_ONLY_POSTS = Set.of(
      "getAssessmentQuerySpecNodes", "getAssessmentQuerySpecResult", "getAssessmentQuerySpecDestinationNodes",
      "roleExists", "roleMaintenance", "getAccessRelationship", "cohortRoleAnalysis",
      // x-safe-to-repeat in the spec: a part sent twice replaces itself; the icon is replaced
      "pushCustomDataSourceParts", "updateCustomProviderIcon");

  @Override
  public String name() {
    return "Veza";
  }

  @Override
  public VendorError readError(int status, byte[] body, ObjectMapper json) {
    if (body.length == 0) {
      return VendorError.NONE;
    }
    try {
      JsonNode node = json.readTree(body);
      return new VendorError(text(node.path("code")), text(node.path("message")), text(node.path("request_id")));
    } catch (java.io.IOException notJson) {
      return VendorError.NONE;
    }
  }

  @Override
  public boolean isReadOnlyPost(Method operation) {
    return READ_ONLY_POSTS.contains(operation.getName());
  }

  private static String text(JsonNode value) {
    return value.isValueNode() && !value.isNull() && !value.asText().isEmpty() ? value.asText() : null;
  }
}
