package io.secplat.bench;

import static io.secplat.veza.query.Node.node;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.http.Json;
import io.secplat.jupiterone.BatchLimits;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.QueryOptions;
import io.secplat.jupiterone.SyncJobSpec;
import io.secplat.jupiterone.SyncReport;
import io.secplat.jupiterone.generated.model.SyncEntity;
import io.secplat.veza.NodeListOptions;
import io.secplat.veza.VezaClient;
import io.secplat.veza.generated.model.AssessmentQueryNode;
import io.secplat.veza.generated.model.AssessmentQuerySpec;
import io.secplat.veza.query.Query;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The scale runs: N J1QL rows and N Veza nodes through the façade streams, in pages of 1,000,
 * each against the same bytes parsed by a streaming Jackson parser over a raw {@link HttpClient}
 * response; N entities through bulk sync against the same batches (250 per upload) written with a
 * raw client. Run it with {@code -Xmx64m} (run-scale.sh, ScaleRunTest): the loopback server
 * lives in the same JVM, so the 64 MB hold the server, the client and the data in flight.
 *
 * <p>Two raw baselines for the streams: {@code raw-typed} produces what the façade hands out
 * (a JsonNode per J1QL row, an AssessmentQueryNode per Veza node) and is the target's baseline;
 * {@code raw-tokens} only walks the tokens (the parsing floor).
 *
 * <p>Prints one line per run: {@code RESULT <name> items=<n> seconds=<s> itemsPerSecond=<r>
 * maxHeapAfterGcMiB=<m> gcs=<g> heapAfterGcMiB@100k..=<series>}.
 *
 * <p>Arguments: {@code [count] [warmup count] [rounds]} (default 1000000 100000 1).
 */
public final class ScaleRun {
  static final int PAGE = 1000;
  static final int BATCH = BatchLimits.DEFAULT.maxCount();
  private static final String TOKEN = "bench-token-0001";
  private static final String J1QL = "FIND cmdb_host";
  private static final String QUERY_V1_DOCUMENT = "query QueryV1($query: String!, $variables: JSON, $cursor: String) {\n"
      + "  queryV1(query: $query, variables: $variables, cursor: $cursor) {\n    type\n    data\n    cursor\n  }\n}\n";

  private final LoopbackServer server;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final ObjectMapper json = Json.newMapper();
  private final JupiterOneClient j1;
  private final VezaClient veza;
  private final AssessmentQuerySpec spec = Query.from(node("AwsIamUser")).to(node("S3Bucket")).includeNodes().build();
  private final byte[] specBytes;

  private ScaleRun(LoopbackServer server) throws IOException {
    this.server = server;
    this.j1 = JupiterOneClient.builder().baseUrl(server.baseUrl()).apiKey(Secret.of(TOKEN)).accountId("bench").build();
    this.veza = VezaClient.builder().baseUrl(server.baseUrl()).apiKey(Secret.of(TOKEN)).build();
    this.specBytes = json.writeValueAsBytes(spec);
  }

  public static void main(String[] args) throws Exception {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    long warmup = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    GcWatch gc = GcWatch.install();
    System.out.printf(Locale.ROOT, "JVM maxHeapMiB=%d cores=%d java=%s gc=%s%n",
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), gc.names());
    try (LoopbackServer server = LoopbackServer.start(4)) {
      ScaleRun run = new ScaleRun(server);
      try {
        if (warmup > 0) {
          run.all(warmup, gc, false);
        }
        for (int r = 0; r < rounds; r++) {
          run.all(count, gc, true);
        }
      } finally {
        run.j1.close();
        run.veza.close();
      }
    }
  }

  private void all(long count, GcWatch gc, boolean print) throws Exception {
    server.j1Total(count);
    server.vezaTotal(count);
    measure("j1ql-facade", count, gc, print, this::j1Facade);
    measure("j1ql-raw-typed", count, gc, print, tick -> j1Raw(tick, true));
    measure("j1ql-raw-tokens", count, gc, print, tick -> j1Raw(tick, false));
    measure("veza-facade", count, gc, print, this::vezaFacade);
    measure("veza-raw-typed", count, gc, print, tick -> vezaRaw(tick, true));
    measure("veza-raw-tokens", count, gc, print, tick -> vezaRaw(tick, false));
    measure("sync-facade", count, gc, print, tick -> syncFacade(count, tick));
    measure("sync-raw", count, gc, print, tick -> syncRaw(count, tick));
  }

  interface Body {
    long run(Runnable tick) throws Exception;
  }

  private void measure(String name, long expected, GcWatch gc, boolean print, Body body) throws Exception {
    System.gc();
    gc.reset();
    List<String> series = new ArrayList<>();
    AtomicLong seen = new AtomicLong();
    long step = Math.max(1, expected / 10);
    Runnable tick = () -> {
      if (seen.incrementAndGet() % step == 0) {
        series.add(Long.toString(gc.lastAfterGcMiB()));
      }
    };
    long start = System.nanoTime();
    long items = body.run(tick);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (items != expected) {
      throw new IllegalStateException(name + ": expected " + expected + " items, got " + items);
    }
    if (print) {
      System.out.printf(Locale.ROOT, "RESULT %-16s items=%d seconds=%.2f itemsPerSecond=%.0f maxHeapAfterGcMiB=%d gcs=%d "
          + "heapAfterGcMiB@10%%..100%%=%s%n", name, items, seconds, items / seconds, gc.maxAfterGcMiB(), gc.count(),
          String.join(",", series));
    }
  }

  // ---- J1QL ----

  private long j1Facade(Runnable tick) {
    long n = 0;
    for (JsonNode row : j1.query(J1QL, QueryOptions.defaults())) {
      if (row.path("id").isMissingNode()) {
        throw new IllegalStateException("row without id");
      }
      tick.run();
      n++;
    }
    return n;
  }

  private long j1Raw(Runnable tick, boolean typed) throws IOException, InterruptedException {
    long n = 0;
    String cursor = null;
    URI uri = URI.create(server.baseUrl() + "/graphql");
    do {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("query", J1QL);
      if (cursor != null) {
        variables.put("cursor", cursor);
      }
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("query", QUERY_V1_DOCUMENT);
      request.put("operationName", "QueryV1");
      request.put("variables", variables);
      HttpResponse<InputStream> response = http.send(post(uri, json.writeValueAsBytes(request)),
          HttpResponse.BodyHandlers.ofInputStream());
      String next = null;
      try (InputStream body = response.body(); JsonParser parser = json.getFactory().createParser(body)) {
        check(response);
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          if (!field.equals("data")) {
            parser.skipChildren();
            continue;
          }
          while (parser.nextToken() == JsonToken.FIELD_NAME) {     // data { queryV1 {
            parser.nextToken();
            if (!parser.currentName().equals("queryV1")) {
              parser.skipChildren();
              continue;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {   // type, data, cursor
              String name = parser.currentName();
              JsonToken value = parser.nextToken();
              if (name.equals("data") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                  if (typed) {
                    JsonNode row = parser.readValueAsTree();
                    if (row.path("id").isMissingNode()) {
                      throw new IllegalStateException("row without id");
                    }
                  } else {
                    parser.skipChildren();
                  }
                  tick.run();
                  n++;
                }
              } else if (name.equals("cursor")) {
                next = value == JsonToken.VALUE_STRING ? parser.getText() : null;
              } else {
                parser.skipChildren();
              }
            }
          }
        }
      }
      cursor = next;
    } while (cursor != null);
    return n;
  }

  // ---- Veza ----

  private long vezaFacade(Runnable tick) {
    long n = 0;
    for (AssessmentQueryNode node : veza.querySpecs().nodes(spec, NodeListOptions.defaults().withPageSize(PAGE))) {
      if (node.getId() == null) {
        throw new IllegalStateException("node without id");
      }
      tick.run();
      n++;
    }
    return n;
  }

  private long vezaRaw(Runnable tick, boolean typed) throws IOException, InterruptedException {
    long n = 0;
    String token = "";
    boolean more;
    do {
      URI uri = URI.create(server.baseUrl() + "/api/v1/assessments/query_spec:nodes?page_size=" + PAGE
          + (token.isEmpty() ? "" : "&page_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
      HttpResponse<InputStream> response = http.send(post(uri, specBytes), HttpResponse.BodyHandlers.ofInputStream());
      String next = "";
      Boolean hasMore = null;
      try (InputStream body = response.body(); JsonParser parser = json.getFactory().createParser(body)) {
        check(response);
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if (name.equals("values") && value == JsonToken.START_ARRAY) {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
              if (typed) {
                AssessmentQueryNode node = json.readValue(parser, AssessmentQueryNode.class);
                if (node.getId() == null) {
                  throw new IllegalStateException("node without id");
                }
              } else {
                parser.skipChildren();
              }
              tick.run();
              n++;
            }
          } else if (name.equals("next_page_token")) {
            next = parser.getText();
          } else if (name.equals("has_more")) {
            hasMore = parser.getBooleanValue();
          } else {
            parser.skipChildren();
          }
        }
      }
      more = !next.isEmpty() && !Boolean.FALSE.equals(hasMore);
      token = next;
    } while (more);
    return n;
  }

  // ---- bulk sync ----

  static Iterator<SyncEntity> entities(long count) {
    return IntStream.range(0, (int) count).mapToObj(i -> new SyncEntity().key("host-" + i).type("bench_host")
        .propertyClass("Host").displayName("host " + i).putAdditionalProperty("ip", "10.0." + (i / 250) + "." + (i % 250)))
        .iterator();
  }

  private long syncFacade(long count, Runnable tick) {
    long before = server.entitiesReceived();
    AtomicLong last = new AtomicLong();
    SyncReport report = j1.sync().run(SyncJobSpec.diff("bench").withProgress(p -> {
      for (long i = last.get(); i < p.entitiesSent(); i++) {
        tick.run();
      }
      last.set(p.entitiesSent());
    }), entities(count), java.util.Collections.emptyIterator());
    if (!"FINISHED".equals(report.job().getStatus())) {
      throw new IllegalStateException("job " + report.job().getStatus());
    }
    return verified(before, report.entitiesSent());
  }

  private long syncRaw(long count, Runnable tick) throws IOException, InterruptedException {
    long before = server.entitiesReceived();
    String base = server.baseUrl() + "/persister/synchronization/jobs";
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("source", "api");
    start.put("syncMode", "DIFF");
    start.put("scope", "bench");
    HttpResponse<byte[]> started = http.send(post(URI.create(base), json.writeValueAsBytes(start)),
        HttpResponse.BodyHandlers.ofByteArray());
    check(started);
    String id = json.readTree(started.body()).path("job").path("id").asText();
    URI upload = URI.create(base + "/" + id + "/entities");
    Iterator<SyncEntity> objects = entities(count);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
    long sent = 0;
    while (objects.hasNext()) {
      buffer.reset();
      int inBatch = 0;
      try (JsonGenerator out = json.getFactory().createGenerator(buffer)) {
        out.writeStartObject();
        out.writeArrayFieldStart("entities");
        while (inBatch < BATCH && objects.hasNext()) {
          json.writeValue(out, objects.next());
          inBatch++;
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      HttpResponse<byte[]> response = http.send(post(upload, buffer.toByteArray()), HttpResponse.BodyHandlers.ofByteArray());
      check(response);
      sent += inBatch;
      for (int i = 0; i < inBatch; i++) {
        tick.run();
      }
    }
    HttpResponse<byte[]> finalized = http.send(post(URI.create(base + "/" + id + "/finalize"), new byte[0]),
        HttpResponse.BodyHandlers.ofByteArray());
    check(finalized);
    if (!"FINISHED".equals(json.readTree(finalized.body()).path("job").path("status").asText())) {
      throw new IllegalStateException("job not finished");
    }
    return verified(before, sent);
  }

  private long verified(long before, long sent) {
    long received = server.entitiesReceived() - before;
    if (received != sent) {
      throw new IllegalStateException("sent " + sent + " entities, the server counted " + received);
    }
    return sent;
  }

  // ---- helpers ----

  private static HttpRequest post(URI uri, byte[] body) {
    return HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
        .header("Accept", "application/json").build();
  }

  private static void check(HttpResponse<?> response) throws IOException {
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from " + response.uri());
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + ", got " + actual);
    }
  }

  /** Heap in use right after each collection, from the GC notifications: the live set, not garbage. */
  static final class GcWatch {
    private final List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
    private volatile long lastAfterGc;
    private volatile long maxAfterGc;
    private final AtomicLong count = new AtomicLong();

    static GcWatch install() {
      GcWatch watch = new GcWatch();
      for (GarbageCollectorMXBean bean : watch.beans) {
        ((NotificationEmitter) bean).addNotificationListener((notification, handback) -> {
          if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
          }
          GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = 0;
          for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += usage.getUsed();
          }
          // non-heap pools (metaspace, code cache) are in the map too: count heap pools only
          used -= nonHeap(info.getGcInfo().getMemoryUsageAfterGc());
          watch.lastAfterGc = used;
          watch.maxAfterGc = Math.max(watch.maxAfterGc, used);
          watch.count.incrementAndGet();
        }, null, null);
      }
      return watch;
    }

    private static long nonHeap(Map<String, MemoryUsage> pools) {
      long used = 0;
      for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == java.lang.management.MemoryType.NON_HEAP && pools.containsKey(pool.getName())) {
          used += pools.get(pool.getName()).getUsed();
        }
      }
      return used;
    }

    String names() {
      List<String> names = new ArrayList<>();
      beans.forEach(b -> names.add(b.getName()));
      return String.join("+", names);
    }

    void reset() {
      maxAfterGc = 0;
      lastAfterGc = 0;
      count.set(0);
    }

    long lastAfterGcMiB() {
      return lastAfterGc >> 20;
    }

    long maxAfterGcMiB() {
      return maxAfterGc >> 20;
    }

    long count() {
      return count.get();
    }
  }
}
