package io.secplat.core.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Logger;
import feign.Retryer;
import io.github.resilience4j.feign.Resilience4jFeign;
import io.secplat.core.ClientSettings;
import io.secplat.core.Secret;
import io.secplat.core.pipeline.Credentials;
import io.secplat.core.pipeline.Pipeline;
import java.net.URI;
import java.util.List;

/**
 * One vendor client's HTTP machinery: its {@link Pipeline} (auth, retries, deadlines, circuit
 * breaker, rate limit, metrics, logging, error mapping, limits, the JDK HTTP client) and the
 * Feign binding of the generated interfaces to it. Thread-safe.
 *
 * <p>Feign only turns a generated interface's annotations into a request and decodes the answer;
 * every request goes through the pipeline. Redirects are not followed, so credentials never
 * travel to another host.
 */
public final class HttpStack {
  private final ClientSettings settings;
  private final Pipeline pipeline;
  private final VendorProfile vendor;

  /**
   * @param settings the transport settings
   * @param vendor what is vendor-specific at the HTTP level
   * @param auth sets the vendor's credential headers on each request
   * @param secrets every credential value, so that none can ever be logged
   */
  public HttpStack(ClientSettings settings, VendorProfile vendor, Credentials auth, List<Secret> secrets) {
    JacksonCheck.requireSupported();
    this.settings = settings;
    this.vendor = vendor;
    this.pipeline = Pipeline.create(settings, vendor, auth, secrets);
  }

  /** @return the settings this stack was built with */
  public ClientSettings settings() {
    return settings;
  }

  /** @return the pipeline every request of this client goes through */
  public Pipeline pipeline() {
    return pipeline;
  }

  /** @return the circuit breaker's state: CLOSED, OPEN, HALF_OPEN (or DISABLED) */
  public String circuitState() {
    return pipeline.circuitState();
  }

  /** @return the JSON mapper every request and response goes through */
  public ObjectMapper json() {
    return pipeline.json();
  }

  /**
   * Creates a generated Feign interface bound to this stack. A method returning
   * {@link java.io.InputStream} streams: its body is not read, and an error status throws like
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
    ObjectMapper json = pipeline.json();
    return Resilience4jFeign.builder(new FeignBinding(pipeline))
        .client(new PipelineClient(pipeline, withCredentials, vendor))
        .contract(new SegmentSafeContract())
        .encoder(new JsonEncoder(json))
        .decoder(new BodyDecoder(new JsonDecoder(json), pipeline))
        .retryer(Retryer.NEVER_RETRY)
        .doNotCloseAfterDecode()
        .logLevel(Logger.Level.NONE);
  }

  /** Refuses further requests and releases pooled connections and threads. */
  public void close() {
    pipeline.close();
  }

  @Override
  public String toString() {
    return "HttpStack{vendor=" + vendor.name() + ", baseUrl=" + settings.baseUrl() + '}';
  }
}
