package io.secplat.core.metrics;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.secplat.core.Arguments;
import io.secplat.core.ClientMetrics;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports a client to a Micrometer {@link MeterRegistry}:
 *
 * <pre>{@code
 * BritiveClient britive = BritiveClient.builder()
 *     .baseUrl(...).token(...)
 *     .metrics(MicrometerMetrics.of(meterRegistry))
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th></tr>
 *   <tr><td>{@value #REQUESTS}</td><td>timer, one sample per HTTP exchange (each retry attempt counts)</td>
 *       <td>{@code vendor} ({@code Britive}), {@code client} (the client's name), {@code method} ({@code GET}), {@code operation} (the
 *       spec's operationId), {@code status} ({@code 200}, or {@code IO_ERROR} when no response
 *       arrived), {@code outcome} ({@code SUCCESS}, {@code REDIRECTION}, {@code CLIENT_ERROR},
 *       {@code SERVER_ERROR}, {@code INFORMATIONAL}, {@code UNKNOWN})</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter, one per repeated attempt</td>
 *       <td>{@code vendor}, {@code client}, {@code operation}</td></tr>
 *   <tr><td>{@value #CONTRACT_DRIFT}</td><td>counter, one per deviation from the contract, once per
 *       operation, JSON path and kind</td><td>{@code vendor}, {@code client}, {@code operation}, {@code kind} (a
 *       {@link io.secplat.core.contract.DriftKind})</td></tr>
 *   <tr><td>{@code resilience4j.circuitbreaker.*}</td><td>resilience4j-micrometer's breaker meters,
 *       among them the gauge {@code resilience4j.circuitbreaker.state} (1 for the current state)</td>
 *       <td>{@code name} (the vendor), {@code client}, {@code state}, …</td></tr>
 *   <tr><td>{@code resilience4j.ratelimiter.*}</td><td>the rate limiter's free permits and waiting
 *       threads, when a {@link io.secplat.core.RateLimitPolicy} is set</td><td>{@code name} (the vendor), {@code client}</td></tr>
 * </table>
 *
 * <p>Needs {@code io.micrometer:micrometer-core} and {@code io.github.resilience4j:resilience4j-micrometer}
 * on the classpath (both optional dependencies of secplat-core; the BOM does not pin them). Every
 * meter also carries the tag {@value #CLIENT_TAG}: the name given to the builder's
 * {@code clientName(...)}, by default the vendor, so two clients of one vendor in one registry keep
 * separate meters (name them apart). Closing a client removes its own meters and no other's.
 */
public final class MicrometerMetrics implements ClientMetrics {
  /** The timer of every HTTP exchange. */
  public static final String REQUESTS = "secplat.client.requests";
  /** The counter of retried attempts. */
  public static final String RETRIES = "secplat.client.retries";
  /** The tag every meter carries to tell clients apart: the builder's {@code clientName}, by default the vendor. */
  public static final String CLIENT_TAG = "client";
  /** The counter of contract deviations the tolerant reader met, once per operation, path and kind. */
  public static final String CONTRACT_DRIFT = "secplat.client.contract.drift";

  private final MeterRegistry registry;

  private MicrometerMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * @param registry where the meters go
   * @return metrics for {@link io.secplat.core.ClientBuilder#metrics(ClientMetrics)}
   */
  public static MicrometerMetrics of(MeterRegistry registry) {
    return new MicrometerMetrics(Arguments.requireNonNull("registry", registry));
  }

  @Override
  public Recorder bind(String vendor, Resilience resilience) {
    return bind(vendor, vendor, resilience);
  }

  @Override
  public Recorder bind(String vendor, String client, Resilience resilience) {
    CircuitBreakerRegistry breakers = resilience.unwrap(CircuitBreakerRegistry.class);
    RateLimiterRegistry rateLimiters = resilience.unwrap(RateLimiterRegistry.class);
    ClientTaggedViews views = new ClientTaggedViews(client, breakers, rateLimiters);
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(views.breakers).bindTo(registry);
    TaggedRateLimiterMetrics.ofRateLimiterRegistry(views.rateLimiters).bindTo(registry);
    return new MicrometerRecorder(vendor, client, breakers, rateLimiters, views);
  }

  private final class MicrometerRecorder implements Recorder {
    private final String vendor;
    private final String client;
    private final CircuitBreakerRegistry breakers;
    private final RateLimiterRegistry rateLimiters;
    private final ClientTaggedViews views;
    private final Set<Meter> meters = ConcurrentHashMap.newKeySet();

    MicrometerRecorder(String vendor, String client, CircuitBreakerRegistry breakers, RateLimiterRegistry rateLimiters,
        ClientTaggedViews views) {
      this.vendor = vendor;
      this.client = client;
      this.breakers = breakers;
      this.rateLimiters = rateLimiters;
      this.views = views;
    }

    @Override
    public void exchange(String method, String operation, int status, Duration duration) {
      Timer timer = Timer.builder(REQUESTS)
          .description("HTTP exchanges of a secplat client with its vendor")
          .tag("vendor", vendor)
          .tag(CLIENT_TAG, client)
          .tag("method", method)
          .tag("operation", operation)
          .tag("status", status == 0 ? "IO_ERROR" : Integer.toString(status))
          .tag("outcome", outcome(status))
          .register(registry);
      meters.add(timer);
      timer.record(duration);
    }

    @Override
    public void retry(String operation) {
      Counter counter = Counter.builder(RETRIES)
          .description("Attempts a secplat client repeated after a retryable failure")
          .tag("vendor", vendor)
          .tag(CLIENT_TAG, client)
          .tag("operation", operation)
          .register(registry);
      meters.add(counter);
      counter.increment();
    }

    @Override
    public void contractDrift(String operation, String kind) {
      Counter counter = Counter.builder(CONTRACT_DRIFT)
          .description("Deviations from the contract a secplat client tolerated")
          .tag("vendor", vendor)
          .tag(CLIENT_TAG, client)
          .tag("operation", operation)
          .tag("kind", kind)
          .register(registry);
      meters.add(counter);
      counter.increment();
    }

    @Override
    public void close() {
      meters.forEach(registry::remove);
      meters.clear();
      views.removeAll();
      breakers.getAllCircuitBreakers().forEach(breaker -> breakers.remove(breaker.getName()));
      rateLimiters.getAllRateLimiters().forEach(limiter -> rateLimiters.remove(limiter.getName()));
    }
  }

  static String outcome(int status) {
    if (status >= 100 && status < 200) {
      return "INFORMATIONAL";
    } else if (status >= 200 && status < 300) {
      return "SUCCESS";
    } else if (status >= 300 && status < 400) {
      return "REDIRECTION";
    } else if (status >= 400 && status < 500) {
      return "CLIENT_ERROR";
    } else if (status >= 500 && status < 600) {
      return "SERVER_ERROR";
    }
    return "UNKNOWN";
  }
}
