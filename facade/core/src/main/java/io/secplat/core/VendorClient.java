package io.secplat.core;

import io.secplat.core.http.HttpStack;

/**
 * What every vendor's entry point shares: one {@link HttpStack} (connection pool, auth, logging,
 * errors, retries, circuit breaker), the escape hatch to the generated interfaces, and closing.
 * Immutable and thread-safe.
 */
public abstract class VendorClient implements AutoCloseable {
  private final HttpStack http;

  /** @param http the client's HTTP machinery */
  protected VendorClient(HttpStack http) {
    this.http = Arguments.requireNonNull("http", http);
  }

  /**
   * The escape hatch: a generated interface ({@code io.secplat.<vendor>.generated.api.*}) bound
   * to this client's auth, retries, errors and connection pool, for anything the façade does not
   * wrap. Pass path parameters raw: the stack percent-encodes each into its own segment (see
   * {@link PathSegment}) and refuses a null, blank, {@code .} or {@code ..} one.
   *
   * @param api the generated interface
   * @param <T> its type
   * @return the bound interface
   */
  public <T> T api(Class<T> api) {
    return http.target(Arguments.requireNonNull("api", api));
  }

  /**
   * @return whether the client fails a call whose response deviates from its contract (built with
   *     {@link ClientBuilder#strictContracts()})
   */
  public boolean strictContracts() {
    return http.settings().strictContracts();
  }

  /** @return the vendor's name, for example {@code Britive} (the client's class name without {@code Client}) */
  public String vendorName() {
    String name = getClass().getSimpleName();
    return name.endsWith("Client") ? name.substring(0, name.length() - "Client".length()) : name;
  }

  /** @return the circuit breaker's state: CLOSED, OPEN, HALF_OPEN, or DISABLED */
  public String circuitState() {
    return http.circuitState();
  }

  /** Releases the connection pool, for example at the end of a try-with-resources block. */
  @Override
  public void close() {
    http.close();
  }

  /** @return the client's name and base URL; never a credential */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{baseUrl=" + http.settings().baseUrl() + '}';
  }
}
