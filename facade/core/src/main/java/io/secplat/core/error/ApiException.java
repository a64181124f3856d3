package io.secplat.core.error;

import java.util.Optional;

/**
 * The root of every exception the suite throws for a failed call. Unchecked.
 *
 * <p>Subclasses name the meaning ({@link NotFoundException}, {@link RateLimitedException}, …);
 * each carries the vendor, HTTP method and path, status, vendor error code and request id. No
 * message or field ever holds a credential.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorDetails details;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failure
   * @param cause the underlying cause, or null
   */
  public ApiException(ErrorDetails details, Throwable cause) {
    this(details, details.describe(), cause);
  }

  /**
   * Creates the exception with a message of its own.
   *
   * @param details what is known about the failure
   * @param message the message
   * @param cause the underlying cause, or null
   */
  protected ApiException(ErrorDetails details, String message, Throwable cause) {
    super(message, cause);
    this.details = details;
  }

  /** @return everything known about the failure */
  public ErrorDetails details() {
    return details;
  }

  /** @return the vendor that failed, for example {@code Britive} */
  public String vendor() {
    return details.vendor();
  }

  /** @return the HTTP status, or 0 when no response arrived */
  public int status() {
    return details.status();
  }

  /** @return the vendor's error code, if the body had one */
  public Optional<String> errorCode() {
    return Optional.ofNullable(details.errorCode());
  }

  /** @return the vendor's request id, if the response had one */
  public Optional<String> requestId() {
    return Optional.ofNullable(details.requestId());
  }

  /** @return the HTTP method of the failed request */
  public String method() {
    return details.method();
  }

  /** @return the path of the failed request, without its query string */
  public String path() {
    return details.path();
  }

  /**
   * Whether repeating the same request may succeed. The retry policy consults this, and only
   * for operations that are safe to repeat.
   *
   * @return true for rate limits, transient server errors and transport failures
   */
  public boolean isRetryable() {
    return false;
  }
}
