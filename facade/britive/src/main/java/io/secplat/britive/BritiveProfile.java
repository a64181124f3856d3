package io.secplat.britive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.MaintenanceException;
import io.secplat.core.http.VendorProfile;

/** Britive at the HTTP level: {@code {errorCode, message, details}} errors and 503 MAINT0001. */
final class BritiveProfile implements VendorProfile {
  /** Britive's error code for a tenant under maintenance; never retried. */
  static final String MAINTENANCE = "MAINT0001";

  @Override
  public String name() {
    return "Britive";
  }

  @Override
  public VendorError readError(int status, byte[] body, ObjectMapper json) {
    if (body.length == 0) {
      return VendorError.NONE;
    }
    try {
      JsonNode node = json.readTree(body);
      return new VendorError(text(node, "errorCode"), text(node, "message"));
    } catch (java.io.IOException notJson) {
      return VendorError.NONE;
    }
  }

  @Override
  public ApiException exceptionFor(ErrorDetails details) {
    if (details.status() == 503 && MAINTENANCE.equals(details.errorCode())) {
      return new MaintenanceException(details, null);
    }
    return VendorProfile.super.exceptionFor(details);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }
}
