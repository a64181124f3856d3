package io.secplat.core.error;

/**
 * The server's identity could not be verified: its certificate is not trusted (self-signed, an
 * unknown CA, expired) or does not name the host. Nothing was sent: TLS is negotiated before the
 * request. Not retryable: repeating the call cannot change the certificate, and a retry would only
 * hide a configuration error. Trust a private CA through the JVM's trust store
 * ({@code javax.net.ssl.trustStore}); the clients have no switch that turns verification off.
 */
public class TlsException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the request
   * @param cause the TLS failure
   */
  public TlsException(ErrorDetails details, Throwable cause) {
    super(details, cause);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
