package io.secplat.mock;

/** The mock providers could not start: the port is taken, or the address is not this machine's. */
public final class MockStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private MockStartException(String message, Throwable cause) {
    super(message, cause);
  }

  static MockStartException of(String bindAddress, int port, RuntimeException cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = root instanceof java.net.BindException
        ? (root.getMessage() != null && root.getMessage().toLowerCase(java.util.Locale.ROOT).contains("in use")
            ? "the port is already in use" : "the address cannot be bound (" + root.getMessage() + ")")
        : root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    return new MockStartException("cannot listen on " + bindAddress + ":" + port + ": " + reason, cause);
  }
}
