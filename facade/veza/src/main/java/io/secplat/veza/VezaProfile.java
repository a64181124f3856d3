package io.secplat.veza;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.http.VendorProfile;

/**
 * Veza at the HTTP level: the error envelope {@code {code, message, request_id, timestamp,
 * details}}. The POST operations that only read (query specs, private analyses) are marked
 * {@code x-safe-to-repeat} in specs/veza/veza.yaml.
 */
final class VezaProfile implements VendorProfile {
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

  private static String text(JsonNode value) {
    return value.isValueNode() && !value.isNull() && !value.asText().isEmpty() ? value.asText() : null;
  }
}
