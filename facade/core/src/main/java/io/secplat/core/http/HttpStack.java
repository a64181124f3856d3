package io.secplat.core.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.okhttp.OkHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.feign.Resilience4jFeign;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.secplat.core.ClientMetrics;
import io.secplat.core.ClientSettings;
import io.secplat.core.HttpLogLevel;
import io.secplat.core.Secret;
import io.secplat.core.contract.ContractReading;
import io.secplat.core.graphql.GraphQlDecoder;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One vendor client's HTTP machinery: a connection pool, the JSON mapper, auth, logging, error
 * decoding and retries, shared by every generated interface the client targets. Thread-safe.
 *
 * <p>Each HTTP attempt passes the client-side rate limiter (when configured) and is reported to
 * the client's {@link ClientMetrics}; every connection goes through the configured proxy.
 *
 * <p>Redirects are not followed, so credentials never travel to another host. GraphQL endpoints
 * ({@link io.secplat.core.graphql.GraphQlClient}) share the stack: their errors are decoded into
 * the same exceptions and their queries retried by the same policy.
 */
public final class HttpStack {
  private final ClientSettings settings;
  private final ObjectMapper json = Json.newMapper();
  private final okhttp3.OkHttpClient okHttp;
  private final Redactor redactor;
  private final VendorProfile vendor;
  private final RequestInterceptor auth;
  /** One breaker for every interface this client targets: it is the vendor that fails, not a method. */
  private final io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;
  /** The client-side rate limiter, or null when there is no limit. */
  private final RateLimiter limiter;
  private final ClientMetrics.Recorder recorder;

  /**
   * @param settings the transport settings
   * @param vendor what is vendor-specific at the HTTP level
   * @param auth sets the vendor's credential headers on each request
   * @param secrets every credential value, so that none can ever be logged
   */
  public HttpStack(ClientSettings settings, VendorProfile vendor, RequestInterceptor auth, List<Secret> secrets) {
    this.settings = settings;
    this.vendor = vendor;
    this.auth = auth;
    JacksonCheck.requireSupported();
    this.redactor = new Redactor(secrets);
    CircuitBreakerRegistry breakers = Breakers.registry(vendor.name(), settings.circuitBreaker());
    this.breaker = breakers.find(vendor.name()).orElse(null);
    RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
    this.limiter = settings.rateLimit().enabled() ? limiters.rateLimiter(vendor.name(), RateLimiterConfig.custom()
        .limitForPeriod(settings.rateLimit().permits())
        .limitRefreshPeriod(settings.rateLimit().period())
        .timeoutDuration(settings.rateLimit().maxWait())
        .build()) : null;
    this.recorder = settings.metrics().bind(vendor.name(), breakers, limiters);
    ContractReading.install(json, vendor.name(), settings.strictContracts(), recorder);
    okhttp3.OkHttpClient.Builder http = new okhttp3.OkHttpClient.Builder();
    if (settings.proxy() != null) {
      http.proxy(settings.proxy());
    }
    this.okHttp = http
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .socketFactory(new NoDelaySocketFactory())
        // Decision: OkHttp must not repeat requests on its own. With its default (true) it silently
        // re-sends a request, a POST included, when a pooled connection breaks after the request was
        // written: a create would run twice. Every retry is the CallDecorator's, which knows whether
        // the operation is safe to repeat (and retries a connect failure, provably unsent, for all).
        .retryOnConnectionFailure(false)
        .build();
  }

  /** @return the settings this stack was built with */
  public ClientSettings settings() {
    return settings;
  }

  /** @return the circuit breaker's state: CLOSED, OPEN, HALF_OPEN (or DISABLED) */
  public String circuitState() {
    return breaker == null ? "DISABLED" : breaker.getState().name();
  }

  /** @return the JSON mapper every request and response goes through */
  public ObjectMapper json() {
    return json;
  }

  /**
   * Creates a generated Feign interface bound to this stack. A method returning
   * {@link feign.Response} is streamed: its body is not read, and an error status throws like
   * every other call (see {@link StreamedBody}).
   *
   * @param api the generated interface
   * @param <T> its type
   * @return the configured client
   */
  public <T> T target(Class<T> api) {
    return target(api, settings.baseUrl());
  }

  /**
   * Binds a Feign interface to another URL of the same vendor (a second endpoint or host the
   * client was configured with), with the same auth, pool, logging, errors and retries.
   *
   * @param api the interface
   * @param url the absolute URL its request lines are relative to
   * @param <T> its type
   * @return the configured client
   */
  public <T> T target(Class<T> api, URI url) {
    return feign(true).target(api, url.toString());
  }

  /**
   * Binds a Feign interface whose methods take the request URL as a {@link URI} parameter, and
   * sends no credentials: for URLs a server hands out (pre-signed result links on another host),
   * which must never receive the client's credentials. Logging, errors and retries are as usual.
   *
   * @param api the interface
   * @param <T> its type
   * @return the configured client
   */
  public <T> T targetWithoutCredentials(Class<T> api) {
    return feign(false).target(api, settings.baseUrl().toString());
  }

  private Feign.Builder feign(boolean withCredentials) {
    ApiErrorDecoder errors = new ApiErrorDecoder(vendor, json, redactor, Clock.systemUTC());
    CallDecorator decorator = new CallDecorator(vendor, settings.retryPolicy(), redactor, breaker,
        (method, retry) -> retry.getEventPublisher().onRetry(event -> recorder.retry(method.getName())));
    Feign.Builder builder = Resilience4jFeign.builder(decorator)
        .client(new MeasuredClient(new OkHttpClient(okHttp), vendor.name(), limiter, settings.rateLimit(), recorder))
        .contract(new SegmentSafeContract())
        .encoder(new JsonEncoder(json))
        .decoder(new GraphQlDecoder(new BodyDecoder(new JsonDecoder(json), vendor), vendor, redactor, json))
        .errorDecoder(errors)
        .responseInterceptor(new StreamedErrors(errors))
        .retryer(Retryer.NEVER_RETRY)
        .options(new Request.Options(
            settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
            settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS,
            false))
        .logger(new RedactingLogger(redactor))
        .logLevel(feignLevel(settings.logLevel()))
        .requestInterceptor(template -> template.header("User-Agent", settings.userAgent()));
    return withCredentials ? builder.requestInterceptor(auth) : builder;
  }

  /** Releases pooled connections and threads. */
  public void close() {
    recorder.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "HttpStack{vendor=" + vendor.name() + ", baseUrl=" + settings.baseUrl() + '}';
  }

  static Logger.Level feignLevel(HttpLogLevel level) {
    return Logger.Level.valueOf(level.name());
  }
}
