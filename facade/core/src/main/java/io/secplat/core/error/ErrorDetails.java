package io.secplat.core.error;

import java.time.Duration;
import java.util.Optional;

/**
 * What is known about a failed call: who, which request, what the server said.
 *
 * @param vendor the vendor's name, for example {@code Britive}
 * @param method the HTTP method, for example {@code GET}
 * @param path the request path without query string (query values never reach messages)
 * @param status the HTTP status, or 0 when no response arrived
 * @param errorCode the vendor's error code, or null
 * @param serverMessage the vendor's error message, or null
 * @param requestId the vendor's request id, or null
 * @param retryAfter the server's {@code Retry-After}, or null
 */
public record ErrorDetails(
    String vendor,
    String method,
    String path,
    int status,
    String errorCode,
    String serverMessage,
    String requestId,
    Duration retryAfter) {

  /** @return the server's Retry-After, if it sent one */
  public Optional<Duration> retryAfterDuration() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * A one-line description: vendor, request, status and what the server said.
   *
   * @return the description
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(vendor).append(' ').append(method).append(' ').append(path);
    if (status > 0) {
      text.append(" answered HTTP ").append(status);
    }
    if (errorCode != null) {
      text.append(" [").append(errorCode).append(']');
    }
    if (serverMessage != null && !serverMessage.isBlank()) {
      text.append(": ").append(serverMessage);
    }
    if (requestId != null) {
      text.append(" (request id ").append(requestId).append(')');
    }
    return text.toString();
  }
}
