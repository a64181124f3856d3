package io.secplat.mock;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark, not a test (issue 18): start time of the embedded mock providers (cold and warm, in
 * one JVM) and small requests per second with N client threads, against the embedded providers or
 * a running standalone jar. Run from tools/mock-providers after {@code package}:
 *
 * <pre>
 * java -cp target/test-classes:target/secplat-mock-providers-*-standalone.jar io.secplat.mock.MockThroughput [URL] [threads] [seconds] [server pid]
 * </pre>
 *
 * <p>Besides requests/s it prints the CPU the server spent per request, which does not depend on
 * how busy the machine is: embedded, the CPU time of the server's Jetty threads ({@code qtp*});
 * standalone, given the server's pid, that process's CPU time (from {@code /proc/<pid>/stat}).
 * It also prints this JVM's CPU per request (embedded: client and server together).
 */
public final class MockThroughput {
  private MockThroughput() {}

  /**
   * @param args optional base URL of running providers (else embedded), threads (16), seconds (10),
   *     the pid of the running providers (standalone only, for their CPU time)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    String url = args.length > 0 && args[0].startsWith("http") ? args[0] : null;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    long serverPid = args.length > 3 ? Long.parseLong(args[3]) : -1;
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
    for (int i = 0; i < 2_000; i++) {
      http.send(request, HttpResponse.BodyHandlers.ofByteArray());   // warm-up
    }
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    Map<String, Long> threadCpuBefore = threadCpuByPrefix();
    long processCpuBefore = processCpuNanos();
    long serverCpuBefore = serverPid > 0 ? procCpuNanos(serverPid) : 0;
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(seconds).toNanos();
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
      }, "bench-client-" + t);
      workers[t].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long requests = ok.get() + failed.get();
    Map<String, Long> threadCpuAfter = threadCpuByPrefix();
    long processCpu = processCpuNanos() - processCpuBefore;
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    System.out.printf("%d threads, %.1f s: %.0f requests/s (%d ok, %d failed), load average %.1f -> %.1f%n",
        threads, elapsed, ok.get() / elapsed, ok.get(), failed.get(), loadBefore, loadAfter);
    if (embedded != null) {
      long server = threadCpuAfter.getOrDefault("qtp", 0L) - threadCpuBefore.getOrDefault("qtp", 0L);
      System.out.printf("server CPU (Jetty threads): %.3f ms/request%n", server / 1e6 / requests);
    } else if (serverPid > 0) {
      System.out.printf("server CPU (process %d): %.3f ms/request%n", serverPid,
          (procCpuNanos(serverPid) - serverCpuBefore) / 1e6 / requests);
    }
    System.out.printf("this JVM's CPU: %.3f ms/request%n", processCpu / 1e6 / requests);
    if (embedded != null) {
      embedded.close();
    }
  }

  /** CPU time of the live threads, summed by name up to the first '-' or digit. */
  private static Map<String, Long> threadCpuByPrefix() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, Long> sums = new HashMap<>();
    for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long cpu = mx.getThreadCpuTime(info.getThreadId());
      if (cpu > 0) {
        sums.merge(info.getThreadName().split("[-0-9]", 2)[0], cpu, Long::sum);
      }
    }
    return sums;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** utime + stime of a process, from /proc (Linux), at 100 ticks per second. */
  private static long procCpuNanos(long pid) throws java.io.IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
  }
}
