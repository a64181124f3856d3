package io.secplat.mock.jupiterone;

import io.secplat.j1ql.J1qlSyntax;
import io.secplat.j1ql.J1qlSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Runs J1QL over the mock's graph a page at a time: parsed by the grammar module
 * ({@link J1qlSyntax}), compiled ({@link J1qlCompiler}), walked ({@link J1qlTraversal}) and shaped
 * as production answers: {@code list} (whole start entities, without RETURN), {@code table} (one
 * column per RETURN item, aggregations grouped by the other columns) or {@code tree}
 * ({@code vertices} and {@code edges}, RETURN TREE). The cursor is opaque, bound to the query and
 * its variables, and null after the last page.
 *
 * <p>A query without ORDER BY, UNIQUE, aggregation, TREE or a leading optional traversal streams:
 * each page reads the start candidates from an index (by property, class or type) from where the
 * cursor left off, so a page costs O(page), not O(graph). The others are computed whole for their
 * first page and kept (a few results, while the graph does not change); later pages are slices.
 */
final class J1qlEngine {
  private static final int PLAN_CACHE = 256;
  private static final int RESULT_CACHE = 8;

  private final Graph graph;
  private final LongSupplier clock;
  private final Map<List<Object>, J1qlPlan> plans = Collections.synchronizedMap(lru(PLAN_CACHE));
  private final Map<List<Object>, Materialized> results = Collections.synchronizedMap(lru(RESULT_CACHE));

  J1qlEngine(Graph graph) {
    this(graph, System::currentTimeMillis);
  }

  /** @param clock what {@code date.now} reads, in epoch milliseconds */
  J1qlEngine(Graph graph, LongSupplier clock) {
    this.graph = graph;
    this.clock = clock;
  }

  /** A page of results in the queryV1 shape. */
  record Result(String type, Object data, String cursor) {
    Map<String, Object> asMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("type", type);
      map.put("data", data);
      map.put("cursor", cursor);
      return map;
    }
  }

  private record Materialized(long version, String type, List<Object> rows) {}

  /**
   * @param text the J1QL text
   * @param variables its parameters
   * @param cursor the cursor of the previous page, or null
   * @param pageSize rows per page
   * @param accountId the caller's account, put in entity metadata
   * @return the page
   * @throws J1qlException when the text is not J1QL, is J1QL the mock does not evaluate, or the
   *     cursor belongs to another query
   */
  Result run(String text, Map<String, Object> variables, String cursor, int pageSize, String accountId) {
    String fingerprint = fingerprint(text, variables);
    List<Object> key = List.of(text, variables == null ? Map.of() : variables);
    J1qlPlan plan = plan(text, variables, key);
    long[] state = cursor == null ? null : decode(cursor, fingerprint);
    synchronized (graph) {
      if (plan.streams()) {
        return new J1qlStreaming(graph, plan, accountId).page(state, pageSize, fingerprint);
      }
      // a first page always computes afresh; later pages reuse it while the graph is unchanged
      List<Object> resultKey = List.of(text, key.get(1), accountId == null ? "" : accountId);
      Materialized whole = state == null ? null : results.get(resultKey);
      if (whole == null || whole.version() != graph.index().version()) {
        J1qlMaterializer.Answer answer = new J1qlMaterializer(graph, plan, accountId).answer();
        whole = new Materialized(graph.index().version(), answer.type(), answer.rows());
        results.put(resultKey, whole);
      }
      if (whole.type().equals("tree")) {
        return new Result("tree", whole.rows().get(0), null);
      }
      int offset = state == null ? 0 : (int) state[0];
      int end = Math.min(whole.rows().size(), offset + pageSize);
      List<Object> page = new ArrayList<>(whole.rows().subList(Math.min(offset, end), end));
      return new Result(whole.type(), page, end < whole.rows().size() ? encode(fingerprint, end) : null);
    }
  }

  private J1qlPlan plan(String text, Map<String, Object> variables, List<Object> key) {
    J1qlPlan plan = plans.get(key);
    if (plan == null) {
      try {
        plan = J1qlCompiler.compile(J1qlSyntax.parse(text), graph, variables, clock);
      } catch (J1qlSyntaxException e) {
        throw J1qlException.syntax(e.getMessage());
      }
      plans.put(key, plan);
    }
    return plan;
  }

  static String fingerprint(String text, Map<String, Object> variables) {
    return Integer.toHexString(Objects.hash(text, variables == null ? Map.of() : variables));
  }

  static String encode(String fingerprint, long... state) {
    StringBuilder text = new StringBuilder("j1ql:").append(fingerprint);
    for (long part : state) {
      text.append(':').append(part);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static long[] decode(String cursor, String fingerprint) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
      if (parts.length >= 3 && parts[0].equals("j1ql") && parts[1].equals(fingerprint)) {
        long[] state = new long[parts.length - 2];
        for (int i = 0; i < state.length; i++) {
          state[i] = Long.parseLong(parts[i + 2]);
        }
        return state;
      }
    } catch (IllegalArgumentException malformed) {
      // falls through to the error below
    }
    throw J1qlException.badInput("the cursor does not belong to this query");
  }

  private static <K, V> Map<K, V> lru(int size) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > size;
      }
    };
  }
}
