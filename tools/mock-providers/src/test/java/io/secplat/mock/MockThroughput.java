package io.secplat.mock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark, not a test (issue 18): start time of the embedded mock providers (cold and warm, in
 * one JVM) and small requests per second with N client threads, against the embedded providers or
 * a running standalone jar. Run from tools/mock-providers after {@code package}:
 *
 * <pre>
 * java -cp target/test-classes:target/secplat-mock-providers-*-standalone.jar io.secplat.mock.MockThroughput [URL] [threads] [seconds]
 * </pre>
 */
public final class MockThroughput {
  private MockThroughput() {}

  /**
   * @param args optional base URL of running providers (else embedded), threads (16), seconds (10)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    String url = args.length > 0 && args[0].startsWith("http") ? args[0] : null;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    MockProviders embedded = null;
    if (url == null) {
      long cold = System.nanoTime();
      MockProviders.start(0, Vendors.all()).close();
      long warm = System.nanoTime();
      embedded = MockProviders.start(0, Vendors.all());
      long done = System.nanoTime();
      System.out.printf("start: cold %d ms, warm %d ms%n", (warm - cold) / 1_000_000, (done - warm) / 1_000_000);
      url = embedded.baseUrl();
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/apps/app-1/environments"))
        .header("Authorization", "TOKEN bench").timeout(Duration.ofSeconds(10)).build();
    for (int i = 0; i < 500; i++) {
      http.send(request, HttpResponse.BodyHandlers.ofByteArray());   // warm-up
    }
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = new Thread(() -> {
        while (System.nanoTime() < end) {
          try {
            int status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
            (status == 200 ? ok : failed).incrementAndGet();
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }
      });
      workers[t].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    System.out.printf("%d threads, %d s: %.0f requests/s (%d ok, %d failed)%n", threads, seconds,
        ok.get() / (double) seconds, ok.get(), failed.get());
    if (embedded != null) {
      embedded.close();
    }
  }
}
