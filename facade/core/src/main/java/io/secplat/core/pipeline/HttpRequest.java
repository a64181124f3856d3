package io.secplat.core.pipeline;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A request as the pipeline sees it: method, absolute URL, headers, an optional body (bytes,
 * already encoded) and what the pipeline needs to know about the operation. Immutable: a policy
 * that changes something passes on {@link #toBuilder()}{@code ...build()}.
 */
public final class HttpRequest {
  private final String method;
  private final URI url;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final OperationInfo operation;
  private final boolean credentials;
  private final long attemptDeadlineNanos;

  private HttpRequest(Builder builder) {
    this.method = builder.method;
    this.url = builder.url;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    builder.headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = builder.body;
    this.operation = builder.operation;
    this.credentials = builder.credentials;
    this.attemptDeadlineNanos = builder.attemptDeadlineNanos;
  }

  /**
   * @param method the HTTP method, for example {@code GET}
   * @param url the absolute URL
   * @return a builder
   */
  public static Builder builder(String method, URI url) {
    return new Builder(method, url);
  }

  /** @return the HTTP method, upper case */
  public String method() {
    return method;
  }

  /** @return the absolute URL */
  public URI url() {
    return url;
  }

  /** @return the path without query string, as error messages show it */
  public String path() {
    String path = url.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  /** @return every header, names case-insensitive */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * @param name a header name, any case
   * @return its first value, or null
   */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** @return the body's bytes (not a copy: do not change them), or null for none */
  public byte[] body() {
    return body;
  }

  /** @return what the pipeline knows of the operation */
  public OperationInfo operation() {
    return operation;
  }

  /** @return whether the client's credentials are sent with this request */
  public boolean sendsCredentials() {
    return credentials;
  }

  /**
   * @return the {@link System#nanoTime()} by which the current attempt must have decoded its
   *     last byte; {@link Long#MAX_VALUE} outside an attempt
   */
  public long attemptDeadlineNanos() {
    return attemptDeadlineNanos;
  }

  /** @return a builder holding this request */
  public Builder toBuilder() {
    Builder builder = new Builder(method, url);
    headers.forEach((name, values) -> builder.headers.put(name, new ArrayList<>(values)));
    builder.body = body;
    builder.operation = operation;
    builder.credentials = credentials;
    builder.attemptDeadlineNanos = attemptDeadlineNanos;
    return builder;
  }

  /** @return method, path and operation; never a header value or the query */
  @Override
  public String toString() {
    return "HttpRequest{" + method + ' ' + path() + ", operation=" + operation.name() + '}';
  }

  /** Builds an {@link HttpRequest}. */
  public static final class Builder {
    private final String method;
    private final URI url;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private byte[] body;
    private OperationInfo operation = OperationInfo.UNKNOWN;
    private boolean credentials = true;
    private long attemptDeadlineNanos = Long.MAX_VALUE;

    private Builder(String method, URI url) {
      this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
      this.url = Objects.requireNonNull(url, "url");
    }

    /**
     * Sets a header, replacing its values.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      List<String> values = new ArrayList<>(1);
      values.add(Objects.requireNonNull(value, name));
      headers.put(name, values);
      return this;
    }

    /**
     * Adds a value to a header.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder addHeader(String name, String value) {
      headers.computeIfAbsent(name, n -> new ArrayList<>(1)).add(Objects.requireNonNull(value, name));
      return this;
    }

    /**
     * @param name a header to leave out
     * @return this builder
     */
    public Builder removeHeader(String name) {
      headers.remove(name);
      return this;
    }

    /**
     * @param body the encoded body, or null for none
     * @return this builder
     */
    public Builder body(byte[] body) {
      this.body = body;
      return this;
    }

    /**
     * @param operation what the pipeline knows of the operation
     * @return this builder
     */
    public Builder operation(OperationInfo operation) {
      this.operation = Objects.requireNonNull(operation, "operation");
      return this;
    }

    /**
     * @param send false for a URL a server handed out, which must never receive credentials
     * @return this builder
     */
    public Builder credentials(boolean send) {
      this.credentials = send;
      return this;
    }

    Builder attemptDeadlineNanos(long deadline) {
      this.attemptDeadlineNanos = deadline;
      return this;
    }

    /** @return the request */
    public HttpRequest build() {
      return new HttpRequest(this);
    }
  }
}
