package io.secplat.core.pipeline;

import io.secplat.core.ClientSettings;
import io.secplat.core.http.Redactor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.http.HttpClient;
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
import javax.net.ssl.SSLParameters;

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

  private final ClientSettings settings;
  private final ProxySelector proxy;
  private final Duration readTimeout;
  private final String vendor;
  private final Redactor redactor;
  private final Object lock = new Object();
  private volatile HttpClient client;
  private ExecutorService executor;
  private boolean closed;
  private int builds;

  /**
   * Checks the settings (an unsupported proxy fails here, when the client is built) and builds
   * nothing: the JDK client, its selector thread and its executor come with the first request, its
   * TLS context with the first {@code https} connection (docs/PERFORMANCE.md, "Start-up").
   */
  JdkTransport(ClientSettings settings, String vendor, Redactor redactor) {
    this.settings = settings;
    this.vendor = vendor;
    this.redactor = redactor;
    this.readTimeout = settings.readTimeout();
    Proxy configured = settings.proxy();
    if (configured != null && configured.type() != Proxy.Type.DIRECT) {
      if (configured.type() != Proxy.Type.HTTP) {
        throw new IllegalArgumentException("only HTTP proxies are supported (the JDK HTTP client has no SOCKS), was "
            + configured.type());
      }
      InetSocketAddress address = (InetSocketAddress) configured.address();
      this.proxy = ProxySelector.of(address.isUnresolved()
          ? new InetSocketAddress(address.getHostString(), address.getPort()) : address);
    } else {
      this.proxy = null; // a direct connection: HttpClient.Builder.NO_PROXY, set with the client
    }
  }

  /**
   * @return the JDK client, built by the first call (once, whichever thread comes first)
   * @throws IllegalStateException once the transport is closed
   */
  private HttpClient client() {
    HttpClient built = client;
    if (built != null) {
      return built;
    }
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("the " + vendor + " client is closed");
      }
      if (client == null) {
        builds++;
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = runnable -> {
          Thread thread = new Thread(runnable, "secplat-" + vendor.toLowerCase(java.util.Locale.ROOT) + "-http-"
              + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
        executor = Executors.newCachedThreadPool(factory);
        client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.connectTimeout())
            // the JDK client would otherwise ask the context for its defaults, setting TLS up now
            .sslContext(new DeferredTlsContext())
            .sslParameters(new SSLParameters())
            .executor(executor)
            .proxy(proxy != null ? proxy : HttpClient.Builder.NO_PROXY)
            .build();
      }
      return client;
    }
  }

  /** @return how many times the JDK client was built: 0 before the first request, then 1 (for tests) */
  int builds() {
    synchronized (lock) {
      return builds;
    }
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
      response = client().send(wire.build(), BodyHandlers.ofPublisher());
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

  /** Ends the client's threads; connections close with them. */
  void close() {
    synchronized (lock) {
      closed = true;
      if (executor != null) {
        executor.shutdownNow();
      }
    }
  }
}
