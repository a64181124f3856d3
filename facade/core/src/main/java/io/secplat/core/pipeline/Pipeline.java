package io.secplat.core.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.secplat.core.ClientMetrics;
import io.secplat.core.ClientSettings;
import io.secplat.core.Lazy;
import io.secplat.core.RateLimitPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.http.Json;
import io.secplat.core.http.Redactor;
import io.secplat.core.http.VendorProfile;
import io.secplat.core.retry.RetryEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one way every request of a client goes: an ordered list of small policies over
 * {@link HttpRequest}/{@link HttpResponse}, ending in the JDK HTTP client. Per call:
 *
 * <ol>
 *   <li>refuse when the client is closed;
 *   <li>retry ({@link RetryEngine}; the call's deadline; each attempt's own deadline), then per
 *       attempt:
 *   <li>user agent; circuit breaker; client-side rate limit; credentials;
 *   <li>the caller's own policies ({@code ClientBuilder.addPolicy});
 *   <li>error mapping (non-2xx to the typed exception); metrics; logging (redacted);
 *   <li>limits (gzip, {@code maxResponseBytes}); transport (timeouts, no redirects, proxy);
 *   <li>the decoder, still inside the attempt.
 * </ol>
 *
 * <p>Thread-safe; one per client.
 */
public final class Pipeline implements AutoCloseable {
  private final String vendor;
  // Built on first use, not by the client's build() (docs/PERFORMANCE.md, "Start-up"): the JSON
  // mapper (Jackson with its java.time module, several hundred classes) on the first request body
  // or response, the circuit breaker and rate limiter (resilience4j) on the first attempt or when
  // a metrics binding asks for them, the JDK HTTP client on the first request.
  private final Lazy<ObjectMapper> json;
  private final Redactor redactor;
  private final RequestIds requestIds;
  private final Lazy<CircuitBreakerRegistry> breakers;
  private final Lazy<CircuitBreaker> breaker;
  private final boolean breakerEnabled;
  private final ClientMetrics.Recorder recorder;
  private final JdkTransport transport;
  private final List<HttpPipelinePolicy> attemptPolicies;
  private final RetryStep retry;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Pipeline(ClientSettings settings, VendorProfile profile, Credentials credentials, List<Secret> secrets) {
    this.vendor = profile.name();
    this.redactor = new Redactor(secrets);
    this.requestIds = new RequestIds(profile.requestIdHeaders(), redactor);
    // The configurations are built (and so checked by resilience4j) now, the registries later.
    CircuitBreakerConfig breakerConfig = settings.circuitBreaker().enabled()
        ? Breakers.config(settings.circuitBreaker(), settings.clock()) : null;
    RateLimiterConfig limiterConfig = settings.rateLimit().enabled() ? rateLimiterConfig(settings.rateLimit()) : null;
    this.breakers = Lazy.of(() -> Breakers.registry(vendor, breakerConfig));
    this.breaker = Lazy.of(() -> breakers.get().find(vendor).orElseThrow());
    Lazy<RateLimiterRegistry> limiters = Lazy.of(() -> rateLimiters(limiterConfig, vendor));
    this.recorder = settings.metrics().bind(vendor, ClientMetrics.Resilience.deferred(breakers, limiters));
    boolean strict = settings.strictContracts();
    this.json = Lazy.of(() -> {
      ObjectMapper mapper = Json.newMapper();
      io.secplat.core.contract.ContractReading.install(mapper, vendor, strict, recorder);
      return mapper;
    });
    // Validates the transport settings now (an unsupported proxy fails the build); builds nothing.
    this.transport = new JdkTransport(settings, vendor, redactor);
    List<HttpPipelinePolicy> steps = new ArrayList<>();
    steps.add(new UserAgentPolicy(settings.userAgent()));
    this.breakerEnabled = settings.circuitBreaker().enabled();
    if (breakerEnabled) {
      steps.add(new CircuitBreakerStep(breaker, vendor));
    }
    if (settings.rateLimit().enabled()) {
      steps.add(new RateLimitStep(Lazy.of(() -> limiters.get().rateLimiter(vendor)), settings.rateLimit(), vendor));
    }
    steps.add(new AuthPolicy(credentials));
    steps.addAll(settings.policies());
    steps.add(new ErrorMappingPolicy(profile, json, requestIds, settings.clock()));
    steps.add(new MetricsPolicy(recorder));
    steps.add(new LoggingPolicy(settings.logLevel(), redactor));
    steps.add(new LimitsPolicy(settings.maxResponseBytes(), vendor, redactor, requestIds));
    steps.add(transport);
    this.attemptPolicies = List.copyOf(steps);
    this.retry = new RetryStep(new RetryEngine(settings.clock(), settings.sleeper()), settings.retryPolicy(),
        settings.callTimeout(), recorder, vendor);
  }

  private static RateLimiterConfig rateLimiterConfig(RateLimitPolicy limit) {
    return RateLimiterConfig.custom()
        .limitForPeriod(limit.permits())
        .limitRefreshPeriod(limit.period())
        .timeoutDuration(limit.maxWait())
        .build();
  }

  /** @return a registry holding the client's one rate limiter, or an empty registry without a limit */
  private static RateLimiterRegistry rateLimiters(RateLimiterConfig config, String vendor) {
    RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
    if (config != null) {
      limiters.rateLimiter(vendor, config);
    }
    return limiters;
  }

  /**
   * Builds a client's pipeline.
   *
   * @param settings the client's settings
   * @param profile what is vendor-specific at the HTTP level
   * @param credentials sets the vendor's credential headers
   * @param secrets every credential value, so that none can ever be logged or shown
   * @return the pipeline
   */
  public static Pipeline create(ClientSettings settings, VendorProfile profile, Credentials credentials,
      List<Secret> secrets) {
    return new Pipeline(settings, profile, credentials, secrets);
  }

  /**
   * Sends a request and decodes its response inside the attempt, with retries.
   *
   * @param request the request
   * @param decoder turns the 2xx response into the value
   * @param <T> the value's type
   * @return the value
   * @throws io.secplat.core.error.ApiException for every failure, typed by its meaning
   * @throws IllegalStateException when the client is closed
   */
  public <T> T send(HttpRequest request, ResponseDecoder<T> decoder) {
    if (closed.get()) {
      throw new IllegalStateException("the " + vendor + " client is closed; " + request + " was not sent");
    }
    return retry.run(request, this::attempt, decoder);
  }

  /**
   * @param request the request
   * @return the 2xx response (its body read whole, or streaming for a streamed operation)
   */
  public HttpResponse send(HttpRequest request) {
    return send(request, response -> response);
  }

  private HttpResponse attempt(HttpRequest request) {
    return step(0, request);
  }

  private HttpResponse step(int index, HttpRequest request) {
    HttpPipelinePolicy policy = attemptPolicies.get(index);
    return policy.process(request, next -> step(index + 1, next));
  }

  /** @return the vendor's name */
  public String vendor() {
    return vendor;
  }

  /** @return the JSON mapper every request and response of this client goes through */
  public ObjectMapper json() {
    return json.get();
  }

  /**
   * @param text text from a server, or null
   * @return it scrubbed of every credential and put on one line
   */
  public String scrub(String text) {
    return text == null ? null : io.secplat.core.Texts.oneLine(redactor.scrub(text));
  }

  /**
   * @param response a response
   * @return vendor, method, path, status and (scrubbed) request id, for an exception about it
   */
  public ErrorDetails where(HttpResponse response) {
    HttpRequest request = response.request();
    return new ErrorDetails(vendor, request.method(), request.path(), response.status(), null, null,
        requestIds.of(response), null);
  }

  /** @return the circuit breaker's state: CLOSED, OPEN, HALF_OPEN (or DISABLED) */
  public String circuitState() {
    if (!breakerEnabled) {
      return "DISABLED";
    }
    // a breaker not built yet has seen no call: it is closed
    return breaker.isBuilt() ? breaker.get().getState().name() : "CLOSED";
  }

  /** @return whether the JSON mapper has been built (for tests) */
  boolean jsonBuilt() {
    return json.isBuilt();
  }

  /** @return whether the circuit breaker has been built (for tests) */
  boolean breakerBuilt() {
    return breakers.isBuilt();
  }

  /** @return the circuit breaker, built by this call if need be (for tests) */
  CircuitBreaker breaker() {
    return breaker.get();
  }

  /** @return how many times the JDK client was built: 0 before the first request, then 1 (for tests) */
  int transportBuilds() {
    return transport.builds();
  }

  /** @return true once {@link #close()} ran */
  public boolean isClosed() {
    return closed.get();
  }

  /** Refuses further requests and releases the connections and threads. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      recorder.close();
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "Pipeline{vendor=" + vendor + ", policies=" + attemptPolicies.size() + '}';
  }
}
