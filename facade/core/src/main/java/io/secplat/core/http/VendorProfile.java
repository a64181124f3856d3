package io.secplat.core.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.ErrorDetails;
import java.util.List;

/**
 * What differs between vendors at the HTTP level: the name, the error body, the request-id
 * header and vendor-specific error meanings. Which POST operations only read is the contract's
 * ({@code x-safe-to-repeat}), not a profile's.
 */
public interface VendorProfile {

  /** @return the vendor's display name, for example {@code Britive} */
  String name();

  /**
   * Reads the vendor's error body.
   *
   * @param status the HTTP status
   * @param body the body (possibly empty, possibly not JSON)
   * @param json the client's object mapper
   * @return the code and message, or {@link VendorError#NONE} when the body says nothing usable
   */
  VendorError readError(int status, byte[] body, ObjectMapper json);

  /** @return response headers that carry the vendor's request id, in order of preference */
  default List<String> requestIdHeaders() {
    return List.of("X-Request-Id", "X-Correlation-Id");
  }

  /**
   * Chooses the exception for an error response. The default maps by status; vendors override
   * it for meanings their error codes carry.
   *
   * @param details what is known about the failure
   * @return the exception to throw
   */
  default ApiException exceptionFor(ErrorDetails details) {
    return StatusExceptions.forStatus(details, null);
  }

  /**
   * A vendor error body, reduced to what every vendor has.
   *
   * @param code the vendor's error code, or null
   * @param message the vendor's message, or null
   * @param requestId the request id the body carries, or null (a header, if any, wins)
   */
  record VendorError(String code, String message, String requestId) {
    /** No usable error body. */
    public static final VendorError NONE = new VendorError(null, null, null);

    /**
     * @param code the vendor's error code, or null
     * @param message the vendor's message, or null
     */
    public VendorError(String code, String message) {
      this(code, message, null);
    }
  }
}
