package io.secplat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The peer benchmark: the same J1QL rows paged by the façade ({@link PeerFacade}), the CLI
 * ({@code tools/cli/bin/secplat j1 query … --output jsonl}) and the official JupiterOne Node client
 * ({@code node-peer/peer.js}, its {@code queryV1} helper and its HTTP stack in that helper's loop),
 * each in a process of its own against one {@link LoopbackServer} process, in interleaved rounds:
 * every round runs every variant once, one after the other.
 *
 * <p>Per run: wall time, CPU (user + sys) and peak RSS from {@code /usr/bin/time}, and the time to
 * the first row: from the launch to the first line the client prints ({@code first-row}, or the
 * CLI's first row). The summary gives per variant the medians, and the median over rounds of
 * each ratio to the reference variant (the first one) taken within the round.
 *
 * <pre>{@code
 * java -cp target/benchmarks.jar io.secplat.bench.PeerRun <rows> <rounds> [variant …]
 * }</pre>
 * Variants: {@code node-loop node-helper} (the Node client), {@code facade} (JVM defaults),
 * {@code facade-small} ({@code -XX:+UseSerialGC -Xmx64m}), {@code facade-cds} (the same with a
 * class-data-sharing archive of a training run), {@code cli} (bin/secplat), {@code cli-small}
 * (bin/secplat with {@link #CLI_SMALL_OPTS}), {@code cli-before} ({@code java -jar $BEFORE_CLI_JAR}: an
 * earlier build's CLI, as it was run then); default: node-loop facade facade-small cli.
 * Run from the repository root (it finds tools/cli/bin/secplat and tools/benchmarks/node-peer there).
 */
public final class PeerRun {
  private static final String QUERY = "FIND cmdb_host";
  /** The façade's class-data-sharing archive, written by one training run before the rounds. */
  private static final String FACADE_ARCHIVE = Path.of("tools/benchmarks/target/peer-facade.jsa").toAbsolutePath().toString();
  /** The launcher's options with a small initial heap: the young generation starts small. */
  static final String CLI_SMALL_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xmx256m -Xss512k";

  private PeerRun() {}

  record Sample(double wall, double cpu, long rssKiB, double firstRow, long rows, double load) {}

  /**
   * @param args rows in all, rounds, and the variants (the first is the reference of the ratios)
   * @throws Exception when a run fails or counts the wrong number of rows
   */
  public static void main(String[] args) throws Exception {
    long rows = Long.parseLong(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<String> variants = args.length > 2 ? Arrays.asList(args).subList(2, args.length)
        : List.of("node-loop", "facade", "facade-small", "cli");
    String jar = Path.of("tools/benchmarks/target/benchmarks.jar").toAbsolutePath().toString();
    Process server = new ProcessBuilder("java", "-XX:+UseSerialGC", "-Xmx256m", "-cp", jar, LoopbackMain.class.getName(),
        Long.toString(rows), "4").redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      String baseUrl = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
      System.out.printf(Locale.ROOT, "server %s, %,d rows, %d rounds, variants %s%n", baseUrl, rows, rounds, variants);
      if (variants.contains("facade-cds")) {
        Files.deleteIfExists(Path.of(FACADE_ARCHIVE)); // the JVM writes its archives read-only
        Process training = new ProcessBuilder("java", "-XX:+UseSerialGC", "-Xmx64m", "-XX:ArchiveClassesAtExit=" + FACADE_ARCHIVE,
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", jar, PeerFacade.class.getName(), baseUrl, QUERY)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (training.waitFor() != 0) {
          throw new IllegalStateException("the façade's training run failed");
        }
      }
      Map<String, List<Sample>> samples = new LinkedHashMap<>();
      for (int round = 1; round <= rounds; round++) {
        for (String variant : variants) {
          Sample sample = run(variant, command(variant, jar, baseUrl), baseUrl);
          if (sample.rows() != rows) {
            throw new IllegalStateException(variant + " paged " + sample.rows() + " rows, not " + rows);
          }
          samples.computeIfAbsent(variant, v -> new ArrayList<>()).add(sample);
          System.out.printf(Locale.ROOT, "round %d %-12s wall %7.2f s  cpu %7.2f s  rss %5d MiB  first row %6.3f s  load %.2f%n",
              round, variant, sample.wall(), sample.cpu(), sample.rssKiB() >> 10, sample.firstRow(), sample.load());
        }
      }
      summary(rows, variants, samples);
    } finally {
      server.getOutputStream().close();
      server.destroy();
    }
  }

  private static List<String> command(String variant, String jar, String baseUrl) {
    switch (variant) {
      case "facade":
        return List.of("java", "-cp", jar, PeerFacade.class.getName(), baseUrl, QUERY);
      case "facade-small":
        return List.of("java", "-XX:+UseSerialGC", "-Xmx64m", "-cp", jar, PeerFacade.class.getName(), baseUrl, QUERY);
      case "facade-cds":
        return List.of("java", "-XX:+UseSerialGC", "-Xmx64m", "-XX:SharedArchiveFile=" + FACADE_ARCHIVE, "-Xshare:auto",
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", jar, PeerFacade.class.getName(), baseUrl, QUERY);
      case "cli":
      case "cli-small":
        return List.of("tools/cli/bin/secplat", "j1", "query", QUERY, "--output", "jsonl");
      case "cli-before":
        // the CLI of an earlier build, as it was run then (java -jar): BEFORE_CLI_JAR names its jar
        return List.of("java", "-jar", Objects.requireNonNull(System.getenv("BEFORE_CLI_JAR"),
            "cli-before needs BEFORE_CLI_JAR, the secplat-cli.jar of the earlier build"), "j1", "query", QUERY,
            "--output", "jsonl");
      case "node-loop":
      case "node-helper":
        return List.of("node", "tools/benchmarks/node-peer/peer.js", variant.substring(5), baseUrl, QUERY);
      default:
        throw new IllegalArgumentException("unknown variant " + variant);
    }
  }

  private static Sample run(String variant, List<String> command, String baseUrl) throws IOException, InterruptedException {
    Path times = Files.createTempFile("peer-time", ".txt");
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
    timed.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(timed).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("JUPITERONE_BASE_URL", baseUrl);
    builder.environment().put("JUPITERONE_API_KEY", "bench-key");
    builder.environment().put("JUPITERONE_ACCOUNT", "bench");
    builder.environment().put("NODE_ENV", "production");
    if (variant.equals("cli-small")) {
      builder.environment().put("SECPLAT_JAVA_OPTS", CLI_SMALL_OPTS);
    }
    double load = load();
    long launched = System.nanoTime();
    Process process = builder.start();
    long firstLine = -1;
    long lines = 0;
    long reported = -1;
    try (InputStream out = process.getInputStream()) {
      byte[] buffer = new byte[1 << 16];
      StringBuilder last = new StringBuilder();
      int n;
      while ((n = out.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            if (firstLine < 0) {
              firstLine = System.nanoTime();
            }
            lines++;
            if (last.length() < 32 && last.toString().startsWith("rows ")) {
              reported = Long.parseLong(last.substring(5));
            }
            last.setLength(0);
          } else if (last.length() < 32) {
            last.append((char) buffer[i]);
          }
        }
      }
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException(variant + " exited with " + process.exitValue());
    }
    String[] t = Files.readString(times).trim().split("\\s+");
    Files.delete(times);
    long rows = variant.startsWith("cli") ? lines : reported;
    return new Sample(Double.parseDouble(t[0]), Double.parseDouble(t[1]) + Double.parseDouble(t[2]), Long.parseLong(t[3]),
        (firstLine - launched) / 1e9, rows, load);
  }

  private static double load() throws IOException {
    return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
  }

  private static void summary(long rows, List<String> variants, Map<String, List<Sample>> samples) {
    String reference = variants.get(0);
    List<Sample> ref = samples.get(reference);
    System.out.printf(Locale.ROOT, "%nmedians over rounds; ratios are the median of the per-round ratios to %s [min-max]%n", reference);
    System.out.printf(Locale.ROOT, "%-12s %10s %9s %8s %9s %18s %18s %18s %18s%n", "variant", "rows/s", "cpu s", "rss MiB",
        "first s", "rows/s ratio", "cpu ratio", "rss ratio", "first-row ratio");
    for (String variant : variants) {
      List<Sample> mine = samples.get(variant);
      double[] rate = new double[mine.size()];
      double[] cpu = new double[mine.size()];
      double[] rss = new double[mine.size()];
      double[] first = new double[mine.size()];
      double[] rRate = new double[mine.size()];
      double[] rCpu = new double[mine.size()];
      double[] rRss = new double[mine.size()];
      double[] rFirst = new double[mine.size()];
      for (int i = 0; i < mine.size(); i++) {
        Sample s = mine.get(i);
        Sample r = ref.get(i);
        rate[i] = rows / s.wall();
        cpu[i] = s.cpu();
        rss[i] = s.rssKiB() / 1024.0;
        first[i] = s.firstRow();
        rRate[i] = (rows / s.wall()) / (rows / r.wall());
        rCpu[i] = s.cpu() / r.cpu();
        rRss[i] = (double) s.rssKiB() / r.rssKiB();
        rFirst[i] = s.firstRow() / r.firstRow();
      }
      System.out.printf(Locale.ROOT, "%-12s %10.0f %9.2f %8.0f %9.3f %18s %18s %18s %18s%n", variant, median(rate), median(cpu),
          median(rss), median(first), ratio(rRate), ratio(rCpu), ratio(rRss), ratio(rFirst));
    }
  }

  private static String ratio(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", median(values), sorted[0], sorted[sorted.length - 1]);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
