package io.secplat.core.pipeline;

import io.secplat.core.ClientSettings;
import io.secplat.core.http.Redactor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last step: the JDK's {@link HttpClient} (HTTP/1.1, no redirects followed, so credentials
 * never travel to another host; the configured proxy or a direct connection). The response
 * headers must arrive within the read timeout and the attempt's deadline; the body is handed on
 * as a {@link BodyStream}, bounded the same way on every read.
 */
final class JdkTransport implements HttpPipelinePolicy {
  /** Headers the JDK client sets itself and refuses from the caller. */
  private static final Set<String> RESTRICTED = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    RESTRICTED.addAll(List.of("Connection", "Content-Length", "Expect", "Host", "Upgrade", "Transfer-Encoding"));
  }

  private final HttpClient client;
  private final ExecutorService executor;
  private final Duration readTimeout;
  private final String vendor;
  private final Redactor redactor;

  JdkTransport(ClientSettings settings, String vendor, Redactor redactor) {
    this.vendor = vendor;
    this.redactor = redactor;
    this.readTimeout = settings.readTimeout();
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory = runnable -> {
      Thread thread = new Thread(runnable, "secplat-" + vendor.toLowerCase(java.util.Locale.ROOT) + "-http-"
          + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    this.executor = Executors.newCachedThreadPool(factory);
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.connectTimeout())
        .sslContext(trustStoreContext())
        .executor(executor);
    Proxy proxy = settings.proxy();
    if (proxy != null && proxy.type() != Proxy.Type.DIRECT) {
      if (proxy.type() != Proxy.Type.HTTP) {
        throw new IllegalArgumentException("only HTTP proxies are supported (the JDK HTTP client has no SOCKS), was "
            + proxy.type());
      }
      InetSocketAddress address = (InetSocketAddress) proxy.address();
      builder.proxy(ProxySelector.of(address.isUnresolved()
          ? new InetSocketAddress(address.getHostString(), address.getPort()) : address));
    } else {
      builder.proxy(HttpClient.Builder.NO_PROXY);
    }
    this.client = builder.build();
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) {
    long deadline = request.attemptDeadlineNanos();
    long remaining = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
    if (remaining <= 0) {
      throw Failures.transport(vendor, request, 0, null,
          new BodyStream.AttemptDeadlineException("the attempt's deadline passed before it was sent"), redactor);
    }
    java.net.http.HttpRequest.Builder wire = java.net.http.HttpRequest.newBuilder(request.url())
        .timeout(Duration.ofNanos(Math.min(readTimeout.toNanos(), remaining)))
        .method(request.method(), request.body() == null
            ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(request.body()));
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      if (!RESTRICTED.contains(header.getKey())) {
        for (String value : header.getValue()) {
          wire.header(header.getKey(), value);
        }
      }
    }
    BodyStream body = new BodyStream(request.operation().streamed() ? readTimeout.toNanos()
        : Math.min(readTimeout.toNanos(), Long.MAX_VALUE), request.operation().streamed() ? Long.MAX_VALUE : deadline);
    java.net.http.HttpResponse<Flow.Publisher<List<java.nio.ByteBuffer>>> response;
    try {
      response = client.send(wire.build(), BodyHandlers.ofPublisher());
    } catch (IOException e) {
      throw Failures.transport(vendor, request, 0, null, remaining < readTimeout.toNanos() && Failures.isTimeout(e)
          ? new BodyStream.AttemptDeadlineException("no response before the attempt's deadline") : e, redactor);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("interrupted while waiting for " + request);
    }
    response.body().subscribe(body);
    return HttpResponse.streamed(request, response.statusCode(), response.headers().map(), body);
  }

  /**
   * A TLS context of the client's own on the platform trust store (the JDK's cacerts, or the
   * {@code javax.net.ssl.trustStore} the JVM was started with), never {@link SSLContext#getDefault()}:
   * a JVM-wide trust-everything context some other library installs must not reach the clients.
   */
  private static SSLContext trustStoreContext() {
    try {
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init((KeyStore) null);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the platform trust store cannot be loaded", e);
    }
  }

  /** Ends the client's threads; connections close with them. */
  void close() {
    executor.shutdownNow();
  }
}
