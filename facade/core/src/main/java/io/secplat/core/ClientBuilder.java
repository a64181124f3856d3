package io.secplat.core;

import io.secplat.core.pipeline.HttpPipelinePolicy;
import io.secplat.core.retry.Sleeper;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one way to configure a vendor client: base URL, timeouts, retry policy, circuit breaker,
 * rate limit, proxy, metrics, user agent and logging. Each vendor's builder extends it with its
 * credentials.
 *
 * <p>Plain {@code http://} is refused except on loopback, unless {@link #allowInsecureHttp()} is
 * called; credentials would otherwise cross the network in clear text.
 *
 * @param <B> the concrete builder, for chaining
 * @param <C> the client it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {
  /** Default TCP connect timeout. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default read timeout. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

  private URI baseUrl;
  private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  private Duration readTimeout = DEFAULT_READ_TIMEOUT;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private CircuitBreakerPolicy circuitBreaker = CircuitBreakerPolicy.defaults();
  private String userAgent;
  private HttpLogLevel logLevel = HttpLogLevel.NONE;
  private boolean allowInsecureHttp;
  private Proxy proxy;
  private RateLimitPolicy rateLimit = RateLimitPolicy.unlimited();
  private ClientMetrics metrics = ClientMetrics.none();
  private String clientName;
  private boolean strictContracts = io.secplat.core.contract.ContractReading.strictByDefault();
  private Duration callTimeout = ClientSettings.DEFAULT_CALL_TIMEOUT;
  private long maxResponseBytes = ClientSettings.DEFAULT_MAX_RESPONSE_BYTES;
  private final List<HttpPipelinePolicy> policies = new ArrayList<>();
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.system();

  /** For subclasses. */
  protected ClientBuilder() {}

  /** @return this builder, typed as the concrete builder */
  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }

  /**
   * Sets the tenant's base URL, for example {@code https://acme.britive-app.com}.
   *
   * @param baseUrl an absolute http(s) URL
   * @return this builder
   */
  public B baseUrl(String baseUrl) {
    this.baseUrl = ServerUrls.parse("baseUrl", baseUrl);
    return self();
  }

  /**
   * @param timeout the TCP connect timeout (default 10 s)
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = requirePositive("connectTimeout", timeout);
    return self();
  }

  /**
   * @param timeout the read timeout of one request (default 60 s)
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = requirePositive("readTimeout", timeout);
    return self();
  }

  /**
   * Bounds each attempt as a whole, from connecting to the last byte of the body read: a server
   * that trickles a body cannot hold a call longer. The retry policy's
   * {@link RetryPolicy#deadline() deadline} bounds the whole call on top. Streamed documents
   * (reports) are bounded by the read timeout between bytes instead.
   *
   * @param timeout the longest one attempt may take (default 2 minutes)
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = requirePositive("callTimeout", timeout);
    return self();
  }

  /**
   * Bounds the size of every response body the client reads whole, measured after
   * decompression; a larger one fails with {@link io.secplat.core.error.ResponseTooLargeException}
   * and is not kept in memory. Streamed documents (reports) are not bounded by it.
   *
   * @param bytes the limit (default 64 MiB)
   * @return this builder
   */
  public B maxResponseBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxResponseBytes must be positive, was " + bytes);
    }
    this.maxResponseBytes = bytes;
    return self();
  }

  /**
   * Adds a step of the caller's own to every request, for example a correlation-id header or an
   * audit hook. Policies run in the order added, once per attempt: inside the retries, the
   * deadline, the circuit breaker and the rate limit, after the credentials are set, and before
   * error mapping, logging and the response limits (docs/RELIABILITY.md shows the whole order).
   *
   * @param policy the policy; must be thread-safe
   * @return this builder
   */
  public B addPolicy(HttpPipelinePolicy policy) {
    policies.add(Arguments.requireNonNull("policy", policy));
    return self();
  }

  /**
   * The time retries, backoff and deadlines are measured on, for tests: with
   * {@link io.secplat.core.retry.ManualClock} and its {@link io.secplat.core.retry.ManualClock#sleeper()
   * sleeper}, waits cost no wall time.
   *
   * @param clock the clock (default the system clock)
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = Arguments.requireNonNull("clock", clock);
    return self();
  }

  /**
   * @param sleeper what waits between attempts (default a real sleep)
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Arguments.requireNonNull("sleeper", sleeper);
    return self();
  }

  /**
   * @param policy the retry policy (default {@link RetryPolicy#defaults()})
   * @return this builder
   */
  public B retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Arguments.requireNonNull("retryPolicy", policy);
    return self();
  }

  /**
   * @param policy when the client stops calling a failing vendor for a while (default
   *     {@link CircuitBreakerPolicy#defaults()}; {@link CircuitBreakerPolicy#disabled()} never opens)
   * @return this builder
   */
  public B circuitBreaker(CircuitBreakerPolicy policy) {
    this.circuitBreaker = Arguments.requireNonNull("circuitBreaker", policy);
    return self();
  }

  /**
   * @param userAgent the User-Agent header (default {@code secplat-<vendor>/<version>})
   * @return this builder
   */
  public B userAgent(String userAgent) {
    this.userAgent = Arguments.requireNonBlank("userAgent", userAgent);
    return self();
  }

  /**
   * @param level how much of each exchange to log at DEBUG (default NONE); credentials are
   *     redacted at every level
   * @return this builder
   */
  public B logLevel(HttpLogLevel level) {
    this.logLevel = Arguments.requireNonNull("logLevel", level);
    return self();
  }

  /**
   * Sends every request through an HTTP proxy, which receives plain-http requests in absolute form
   * and tunnels https with {@code CONNECT}. The JDK HTTP client has no SOCKS support: a SOCKS proxy
   * is refused when the client is built ({@link IllegalArgumentException}). Default: a direct
   * connection (the JVM's proxy properties are not consulted).
   *
   * @param proxy the proxy, for example {@code new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.corp", 3128))};
   *     {@link Proxy#NO_PROXY} for a direct connection
   * @return this builder
   */
  public B proxy(Proxy proxy) {
    this.proxy = Arguments.requireNonNull("proxy", proxy);
    return self();
  }

  /**
   * Sends every request through an HTTP proxy; shorthand for {@link #proxy(Proxy)}.
   *
   * @param host the proxy's host name or address
   * @param port the proxy's port
   * @return this builder
   */
  public B proxy(String host, int port) {
    Arguments.requireNonBlank("proxy host", host);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("proxy port must be from 1 to 65535, was " + port);
    }
    return proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port)));
  }

  /**
   * @param policy the client-side rate limit (default {@link RateLimitPolicy#unlimited()})
   * @return this builder
   */
  public B rateLimit(RateLimitPolicy policy) {
    this.rateLimit = Arguments.requireNonNull("rateLimit", policy);
    return self();
  }

  /**
   * Reports the client's requests, retries, circuit breaker and rate limiter, for example
   * {@code .metrics(MicrometerMetrics.of(meterRegistry))} (see
   * {@link io.secplat.core.metrics.MicrometerMetrics} for the meters).
   *
   * @param metrics where to report (default {@link ClientMetrics#none()})
   * @return this builder
   */
  public B metrics(ClientMetrics metrics) {
    this.metrics = Arguments.requireNonNull("metrics", metrics);
    return self();
  }

  /**
   * Names this client in its metrics (the {@code client} tag of every meter), so that two clients
   * of one vendor in one registry keep separate meters, for example {@code .clientName("j1-prod")}.
   *
   * @param name letters, digits, {@code .}, {@code _} or {@code -}, at most 64 (default: the vendor's name)
   * @return this builder
   */
  public B clientName(String name) {
    Arguments.requireNonBlank("clientName", name);
    if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("clientName must be 1 to 64 letters, digits, '.', '_' or '-'");
    }
    this.clientName = name;
    return self();
  }

  /**
   * Allows a plain {@code http://} base URL on a non-loopback host. Credentials then cross the
   * network unencrypted: use only inside a trusted network.
   *
   * @return this builder
   */
  public B allowInsecureHttp() {
    this.allowInsecureHttp = true;
    return self();
  }

  /**
   * Makes every deviation of a response from its contract fail the call with an
   * {@link io.secplat.core.error.UndecodableResponseException} naming the JSON path, instead of
   * being tolerated and reported (see {@link io.secplat.core.contract.ContractReading}). Default:
   * tolerant, unless the system property {@code secplat.contracts.strict} is {@code true}.
   *
   * @return this builder
   */
  public B strictContracts() {
    return strictContracts(true);
  }

  /**
   * @param strict true to fail a call on any deviation from the contract, false to tolerate and
   *     report it
   * @return this builder
   */
  public B strictContracts(boolean strict) {
    this.strictContracts = strict;
    return self();
  }

  /**
   * Checks the common settings and returns them.
   *
   * @param vendor the vendor's name, for the default user agent
   * @return the settings
   * @throws IllegalStateException when the base URL is missing or insecure
   */
  protected final ClientSettings settings(String vendor) {
    if (baseUrl == null) {
      throw new IllegalStateException("baseUrl is required");
    }
    requireSecure("baseUrl", baseUrl);
    String agent = userAgent != null ? userAgent : "secplat-" + vendor.toLowerCase(Locale.ROOT) + "/" + Version.current();
    return new ClientSettings(baseUrl, connectTimeout, readTimeout, retryPolicy, agent, logLevel, circuitBreaker,
        proxy, rateLimit, clientName == null ? metrics : metrics.named(clientName), callTimeout, maxResponseBytes,
        policies, clock, sleeper, strictContracts);
  }

  /**
   * Applies the base URL's transport rule to another URL the client sends credentials to (a
   * vendor's second endpoint): plain {@code http} only on loopback or after
   * {@link #allowInsecureHttp()}.
   *
   * @param name the setting's name, used in the message
   * @param url the URL, parsed with {@link ServerUrls#parse}
   * @return the URL
   * @throws IllegalStateException when the URL is insecure and not accepted
   */
  protected final URI requireSecure(String name, URI url) {
    return ServerUrls.requireSecure(name, url, allowInsecureHttp);
  }

  /**
   * Reads a required variable, for {@code fromEnvironment()} methods.
   *
   * @param environment variable names to values
   * @param name the variable
   * @return its value
   * @throws IllegalStateException naming the variable when it is missing or blank
   */
  protected static String requireVariable(java.util.Map<String, String> environment, String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("environment variable " + name + " is not set");
    }
    return value;
  }

  /**
   * Builds the immutable, thread-safe client.
   *
   * @return the client
   * @throws IllegalStateException when a required setting is missing
   */
  public abstract C build();

  private static Duration requirePositive(String name, Duration value) {
    Arguments.requireNonNull(name, value);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
