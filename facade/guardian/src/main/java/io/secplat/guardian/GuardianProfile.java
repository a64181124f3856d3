package io.secplat.guardian;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.http.VendorProfile;

/** Guardian at the HTTP level: errors are {@code {"error": "<message>"}}, with no code. */
final class GuardianProfile implements VendorProfile {
  @Override
  public String name() {
    return "Guardian";
  }

  @Override
  public VendorError readError(int status, byte[] body, ObjectMapper json) {
    if (body.length == 0) {
      return VendorError.NONE;
    }
    try {
      JsonNode error = json.readTree(body).path("error");
      return error.isValueNode() && !error.isNull() ? new VendorError(null, error.asText()) : VendorError.NONE;
    } catch (java.io.IOException notJson) {
      return VendorError.NONE;
    }
  }
}
