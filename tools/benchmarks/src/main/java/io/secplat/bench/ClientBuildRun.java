package io.secplat.bench;

import io.secplat.core.Secret;
import io.secplat.jupiterone.JupiterOneClient;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * What building one {@link JupiterOneClient} costs: in a fresh JVM (the first build, from the start
 * of {@code main}, and the JVM's uptime when it is done) and warm (the median of the builds that
 * follow, each closed at once). No request is sent.
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
    long mainUptime = ManagementFactory.getRuntimeMXBean().getUptime();
    build().close();
    long first = System.nanoTime() - mainStart;
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.printf(Locale.ROOT, "first build: %.1f ms (JVM uptime at main %d ms, after the build %d ms)%n",
        first / 1e6, mainUptime, uptime);
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

  private static double median(long[] sorted) {
    return sorted[sorted.length / 2];
  }

  private static JupiterOneClient build() {
    return JupiterOneClient.builder().apiKey(Secret.of("bench-key")).accountId("bench")
        .baseUrl("http://127.0.0.1:9").build();
  }
}
