package io.secplat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Summarises the rounds of run-jmh.sh: for every benchmark and thread count, the median over the
 * rounds of its p50 and of its allocation per operation; for every façade variant, the median
 * (and range) over the rounds of {@code p50(variant) / p50(raw)}, each ratio taken from one
 * round, where the two ran back to back in the same JMH invocation. On a shared machine the load
 * changes between rounds; a ratio taken within a round is far steadier than two medians.
 *
 * <p>Reads files named {@code <label>-t<threads>-r<round>-<case>.json} from the directory given
 * as first argument (label: the jar that ran them, e.g. {@code before}, {@code after}).
 */
public final class JmhSummary {
  private static final Pattern FILE = Pattern.compile("(.+)-t(\\d+)-r(\\d+)-(\\w+)\\.json");

  private JmhSummary() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    // label/threads/benchmark -> round -> {p50, alloc}
    Map<String, Map<Integer, double[]>> runs = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        Matcher name = FILE.matcher(file.getFileName().toString());
        if (!name.matches()) {
          continue;
        }
        for (JsonNode result : json.readTree(file.toFile())) {
          String benchmark = result.path("benchmark").asText().replaceAll(".*\\.", "");
          String key = name.group(1) + " t=" + name.group(2) + " " + benchmark;
          double p50 = result.path("primaryMetric").path("scorePercentiles").path("50.0").asDouble();
          double alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
          runs.computeIfAbsent(key, k -> new TreeMap<>()).put(Integer.parseInt(name.group(3)), new double[] {p50, alloc});
        }
      }
    }
    System.out.println("p50 us/op (median over rounds, [min-max]), alloc B/op:");
    runs.forEach((key, rounds) -> System.out.printf(Locale.ROOT, "  %-40s %s  alloc=%.0f%n", key,
        stats(column(rounds.values(), 0), 0), median(column(rounds.values(), 1))));
    System.out.println("ratio to raw of the same size, same round (median [min-max], rounds):");
    runs.forEach((key, rounds) -> {
      String raw = key.replaceAll("(facade|facadeNoRetry|feign|okhttp|okhttpNoTimeout)(Small|Large)$", "raw$2");
      if (raw.equals(key) || !runs.containsKey(raw)) {
        return;
      }
      List<Double> ratios = new ArrayList<>();
      rounds.forEach((round, value) -> {
        double[] base = runs.get(raw).get(round);
        if (base != null) {
          ratios.add(value[0] / base[0]);
        }
      });
      System.out.printf(Locale.ROOT, "  %-40s %s  n=%d%n", key, stats(ratios, 2), ratios.size());
    });
  }

  private static List<Double> column(Iterable<double[]> values, int index) {
    List<Double> column = new ArrayList<>();
    values.forEach(v -> column.add(v[index]));
    return column;
  }

  private static String stats(List<Double> values, int decimals) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    String format = "%." + decimals + "f";
    return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]", median(values), sorted.get(0),
        sorted.get(sorted.size() - 1));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
