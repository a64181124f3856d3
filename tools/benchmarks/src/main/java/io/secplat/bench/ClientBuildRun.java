package io.secplat.bench;

import io.secplat.core.Secret;
import io.secplat.jupiterone.JupiterOneClient;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * What building one {@link JupiterOneClient} costs: in a fresh JVM (the first build's wall time and
 * its thread's CPU time, measured inside the JVM around the first {@code build()}; the classes it
 * loaded; the JVM's uptime when it is done) and warm (the median of the builds that follow, each
 * closed at once). No request is sent.
 *
 * <pre>{@code java -cp target/benchmarks.jar io.secplat.bench.ClientBuildRun [warm builds]}</pre>
 */
public final class ClientBuildRun {
  private ClientBuildRun() {}

  /**
   * @param args the number of warm builds (default 2,000; 0 measures the first build only)
   */
  public static void main(String[] args) {
    int warm = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    long mainStart = System.nanoTime();
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    long classesBefore = classes.getTotalLoadedClassCount();
    long cpuBefore = cpuNanos();
    long buildStart = System.nanoTime();
    build().close();
    long buildEnd = System.nanoTime();
    long buildCpu = cpuNanos() - cpuBefore;
    long buildClasses = classes.getTotalLoadedClassCount() - classesBefore;
    long mainUptime = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.printf(Locale.ROOT, "first build: %.1f ms (%.1f ms from the start of main; %.0f ms CPU of this thread),"
        + " %d classes loaded by it, %d in the JVM after it (JVM uptime %d ms)%n",
        (buildEnd - buildStart) / 1e6, (buildEnd - mainStart) / 1e6, buildCpu / 1e6, buildClasses,
        classes.getTotalLoadedClassCount(), mainUptime);
    if (warm <= 0) {
      return;
    }
    long[] times = new long[warm];
    for (int i = 0; i < warm; i++) {
      long start = System.nanoTime();
      JupiterOneClient client = build();
      times[i] = System.nanoTime() - start;
      client.close();
    }
    Arrays.sort(times);
    System.out.printf(Locale.ROOT, "warm build (%d builds): median %.3f ms, p90 %.3f ms%n", warm,
        median(times) / 1e6, times[(int) (warm * 0.9)] / 1e6);
  }

  /** @return the CPU time of this thread (the build runs on it), or 0 when the JVM does not measure it */
  private static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  private static double median(long[] sorted) {
    return sorted[sorted.length / 2];
  }

  private static JupiterOneClient build() {
    return JupiterOneClient.builder().apiKey(Secret.of("bench-key")).accountId("bench")
        .baseUrl("http://127.0.0.1:9").build();
  }
}
