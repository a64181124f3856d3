package io.secplat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmarks' server: the JDK's {@link HttpServer} on 127.0.0.1 and a free port, answering
 * the wire shapes the façades decode (specs/ and tools/mock-providers), with no framework of its
 * own in the way. Pages are generated as they are asked for, so a run of any size holds one page.
 *
 * <ul>
 *   <li>Britive: {@code GET /api/apps/app-1/environments} (3 items, 379 bytes) and
 *       {@code GET /api/apps/app-big/environments} (about 1 MB, {@link #LARGE_ITEMS} items);
 *   <li>Veza: {@code POST /api/v1/assessments/query_spec:nodes?page_size=&page_token=}, nodes
 *       {@code 0..veza total} with an opaque token and {@code has_more};
 *   <li>JupiterOne: {@code POST /graphql} queryV1, rows {@code 0..j1 total} by cursor,
 *       {@link #J1_PAGE_SIZE} per page (JupiterOne chooses its page size, the client does not), or
 *       by {@code SKIP n LIMIT m} at the end of the query, as the official Node client pages; Apollo
 *       batches (a JSON array of operations); {@code deferredResponse: FORCE} answers a link,
 *       {@code GET /deferred/state/…} a COMPLETED state and {@code GET /deferred/result/…} the rows;
 *   <li>JupiterOne sync: start, upload entities (counted by their {@code "_key"} and discarded),
 *       finalize (answers FINISHED at once), status.
 * </ul>
 */
public final class LoopbackServer implements AutoCloseable {
  /** Rows of one J1QL page. */
  public static final int J1_PAGE_SIZE = 1000;
  /** Items of the ~1 MB Britive answer. */
  public static final int LARGE_ITEMS = 10_000;

  static {
    // The JDK server otherwise leaves Nagle on: small answers would wait for a delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] SMALL = environments("app-1", 3);
  private static final byte[] LARGE = environments("app-big", LARGE_ITEMS);

  private final HttpServer server;
  private final ExecutorService pool;
  private volatile long vezaTotal = 1_000_000;
  private volatile long j1Total = 1_000_000;
  private final AtomicLong entitiesReceived = new AtomicLong();
  private final AtomicLong bytesServed = new AtomicLong();
  private final AtomicLong bytesReceived = new AtomicLong();
  private final AtomicInteger jobs = new AtomicInteger();

  private LoopbackServer(HttpServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  /**
   * @param threads handler threads
   * @return a started server on 127.0.0.1 and a free port
   * @throws IOException when it cannot bind
   */
  public static LoopbackServer start(int threads) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "loopback-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    LoopbackServer loopback = new LoopbackServer(server, pool);
    server.createContext("/", loopback::handle);
    server.setExecutor(pool);
    server.start();
    return loopback;
  }

  /** @return {@code http://127.0.0.1:<port>} */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** @param total nodes the Veza listing returns in all */
  public void vezaTotal(long total) {
    this.vezaTotal = total;
  }

  /** @param total rows the J1QL query returns in all */
  public void j1Total(long total) {
    this.j1Total = total;
  }

  /** @return entities received by sync uploads since start */
  public long entitiesReceived() {
    return entitiesReceived.get();
  }

  /** @return response body bytes served since start */
  public long bytesServed() {
    return bytesServed.get();
  }

  /** @return request body bytes received since start */
  public long bytesReceived() {
    return bytesReceived.get();
  }

  /** @return the size of the large Britive answer */
  public static int largeBytes() {
    return LARGE.length;
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      byte[] body = readBody(exchange.getRequestBody());
      bytesReceived.addAndGet(body.length);
      if (method.equals("GET") && path.equals("/api/apps/app-1/environments")) {
        send(exchange, 200, SMALL);
      } else if (method.equals("GET") && path.equals("/api/apps/app-big/environments")) {
        send(exchange, 200, LARGE);
      } else if (method.equals("POST") && path.equals("/api/v1/assessments/query_spec:nodes")) {
        send(exchange, 200, vezaPage(exchange.getRequestURI().getRawQuery()));
      } else if (method.equals("POST") && path.equals("/graphql")) {
        send(exchange, 200, j1Page(body));
      } else if (method.equals("GET") && path.startsWith("/deferred/")) {
        send(exchange, 200, deferred(path));
      } else if (path.startsWith("/persister/synchronization/jobs")) {
        sync(exchange, method, path.substring("/persister/synchronization/jobs".length()), body);
      } else {
        send(exchange, 404, "{\"message\":\"no such path\"}".getBytes(StandardCharsets.UTF_8));
      }
    } catch (RuntimeException e) {
      send(exchange, 500, ("{\"message\":\"" + e.getClass().getSimpleName() + "\"}").getBytes(StandardCharsets.UTF_8));
    }
  }

  private void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
    bytesServed.addAndGet(body.length);
  }

  private static byte[] readBody(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  // ---- Britive ----

  static byte[] environments(String app, int count) {
    StringBuilder json = new StringBuilder(count * 110).append('[');
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"appContainerId\":\"").append(app).append("\",\"environmentId\":\"")
          .append(1_000_000_000L + i).append("\",\"environmentName\":\"Environment number ").append(i)
          .append(" of the benchmark application\"}");
    }
    return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  // ---- Veza ----

  private byte[] vezaPage(String rawQuery) {
    int pageSize = 100;
    long offset = 0;
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (name.equals("page_size") && !value.isEmpty()) {
          pageSize = Integer.parseInt(value);
        } else if (name.equals("page_token") && !value.isEmpty()) {
          offset = Long.parseLong(new String(Base64.getDecoder().decode(value), StandardCharsets.US_ASCII).substring(2));
        }
      }
    }
    long total = vezaTotal;
    long end = Math.min(total, offset + pageSize);
    StringBuilder json = new StringBuilder((int) (end - offset) * 260 + 100).append("{\"values\":[");
    for (long i = offset; i < end; i++) {
      if (i > offset) {
        json.append(',');
      }
      String name = "user-" + i;
      json.append("{\"id\":\"arn:aws:iam::123456789012:user/").append(name)
          .append("\",\"type\":\"AwsIamUser\",\"properties\":{\"name\":\"").append(name)
          .append("\",\"created_at\":\"2024-03-01T12:00:00Z\",\"mfa_active\":").append(i % 3 == 0)
          .append(",\"access_key_count\":").append(i % 4)
          .append("},\"destination_node_count\":").append(i % 17).append('}');
    }
    boolean more = end < total;
    String token = more ? Base64.getEncoder().encodeToString(("o:" + end).getBytes(StandardCharsets.US_ASCII)) : "";
    json.append("],\"next_page_token\":\"").append(token).append("\",\"has_more\":").append(more).append('}');
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  // ---- JupiterOne J1QL ----

  /** {@code <j1ql> SKIP n LIMIT m} at the end of a query: how the official Node client pages. */
  private static final java.util.regex.Pattern SKIP_LIMIT =
      java.util.regex.Pattern.compile("\\sSKIP\\s+(\\d+)\\s+LIMIT\\s+(\\d+)\\s*$");

  /**
   * One operation, or a batch (a JSON array of operations, as Apollo's batch link sends them,
   * answered by an array in the same order, each answer with the {@code __typename} Apollo asks for).
   */
  private byte[] j1Page(byte[] request) {
    JsonNode operations;
    try {
      operations = JSON.readTree(request);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
    if (!operations.isArray()) {
      return j1Answer(operations.path("variables"), false).toString().getBytes(StandardCharsets.UTF_8);
    }
    StringBuilder json = new StringBuilder().append('[');
    for (JsonNode operation : operations) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(j1Answer(operation.path("variables"), true));
    }
    return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A queryV1 answer: rows {@code skip..skip+limit} for a query ending in SKIP/LIMIT (no cursor),
   * else the page after the cursor; with {@code deferredResponse: FORCE}, a link to poll instead.
   */
  private StringBuilder j1Answer(JsonNode variables, boolean typename) {
    long total = j1Total;
    long offset = 0;
    long end;
    boolean cursorPaging = true;
    java.util.regex.Matcher skipLimit = SKIP_LIMIT.matcher(variables.path("query").asText(""));
    if (skipLimit.find()) {
      offset = Long.parseLong(skipLimit.group(1));
      end = Math.min(total, offset + Long.parseLong(skipLimit.group(2)));
      cursorPaging = false;
    } else {
      JsonNode cursor = variables.path("cursor");
      if (cursor.isTextual()) {
        offset = Long.parseLong(new String(Base64.getDecoder().decode(cursor.asText()), StandardCharsets.US_ASCII).substring(2));
      }
      end = Math.min(total, offset + J1_PAGE_SIZE);
    }
    StringBuilder json = new StringBuilder((int) Math.max(0, end - offset) * 400 + 100).append("{\"data\":{\"queryV1\":{");
    if (typename) {
      // Apollo's cache reads back every field the document selects: url is null unless deferred.
      json.append("\"__typename\":\"QueryV1Response\",");
      if (!"FORCE".equals(variables.path("deferredResponse").asText())) {
        json.append("\"url\":null,");
      }
    }
    if ("FORCE".equals(variables.path("deferredResponse").asText())) {
      return json.append("\"type\":\"deferred\",\"data\":null,\"url\":\"").append(baseUrl()).append("/deferred/state/")
          .append(offset).append('/').append(Math.max(0, end - offset)).append("\"}}}");
    }
    json.append("\"type\":\"list\",\"data\":");
    appendRows(json, offset, end);
    json.append(",\"cursor\":");
    if (cursorPaging && end < total) {
      json.append('"').append(Base64.getEncoder().encodeToString(("c:" + end).getBytes(StandardCharsets.US_ASCII))).append('"');
    } else {
      json.append("null");
    }
    return json.append("}}}");
  }

  /** A deferred query's state ({@code /deferred/state/<skip>/<count>}) or results ({@code /deferred/result/…}). */
  private byte[] deferred(String path) {
    String[] parts = path.split("/");
    long offset = Long.parseLong(parts[3]);
    long count = Long.parseLong(parts[4]);
    StringBuilder json = new StringBuilder();
    if (parts[2].equals("state")) {
      json.append("{\"status\":\"COMPLETED\",\"url\":\"").append(baseUrl()).append("/deferred/result/").append(offset)
          .append('/').append(count).append("\",\"correlationId\":\"bench\"}");
    } else {
      json.append("{\"type\":\"list\",\"data\":");
      appendRows(json, offset, offset + count);
      json.append(",\"cursor\":null}");
    }
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void appendRows(StringBuilder json, long from, long to) {
    json.append('[');
    for (long i = from; i < to; i++) {
      if (i > from) {
        json.append(',');
      }
      String id = "e-" + i;
      json.append("{\"id\":\"").append(id).append("\",\"entity\":{\"_id\":\"").append(id)
          .append("\",\"_key\":\"host-").append(i).append("\",\"_type\":\"cmdb_host\",\"_accountId\":\"bench\",")
          .append("\"_integrationName\":null,\"_integrationDefinitionId\":null,\"_integrationInstanceId\":null,")
          .append("\"_version\":1,\"_createdOn\":1700000000000,\"_beginOn\":1700000000000,\"_endOn\":null,")
          .append("\"_deleted\":false,\"displayName\":\"host ").append(i).append("\",\"_class\":[\"Host\"]},")
          .append("\"properties\":{\"ip\":\"10.").append((i >> 16) & 255).append('.').append((i >> 8) & 255).append('.')
          .append(i & 255).append("\",\"active\":").append(i % 2 == 0).append("}}");
    }
    json.append(']');
  }

  // ---- JupiterOne synchronization ----

  private void sync(HttpExchange exchange, String method, String rest, byte[] body) throws IOException {
    if (method.equals("POST") && rest.isEmpty()) {
      send(exchange, 200, job("job-" + jobs.incrementAndGet(), "AWAITING_UPLOADS", 0));
      return;
    }
    String[] parts = rest.substring(1).split("/");
    String id = parts[0];
    if (method.equals("GET") && parts.length == 1) {
      send(exchange, 200, job(id, "FINISHED", entitiesReceived.get()));
    } else if (method.equals("POST") && parts.length == 2 && parts[1].equals("entities")) {
      entitiesReceived.addAndGet(countKeys(body));
      send(exchange, 200, job(id, "AWAITING_UPLOADS", entitiesReceived.get()));
    } else if (method.equals("POST") && parts.length == 2 && parts[1].equals("relationships")) {
      send(exchange, 200, job(id, "AWAITING_UPLOADS", entitiesReceived.get()));
    } else if (method.equals("POST") && parts.length == 2 && parts[1].equals("finalize")) {
      send(exchange, 200, job(id, "FINISHED", entitiesReceived.get()));
    } else {
      send(exchange, 404, "{\"message\":\"no such job path\"}".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static byte[] job(String id, String status, long entities) {
    String json = "{\"job\":{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"source\":\"api\",\"scope\":\"bench\","
        + "\"startTimestamp\":1700000000000,\"numEntitiesUploaded\":" + entities + ",\"numEntitiesCreated\":"
        + (status.equals("FINISHED") ? entities : 0) + ",\"numEntitiesUpdated\":0,\"numEntitiesDeleted\":0,"
        + "\"numRelationshipsUploaded\":0,\"numRelationshipsCreated\":0,\"numRelationshipsUpdated\":0,"
        + "\"numRelationshipsDeleted\":0}}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** Counts {@code "_key"} in a body: one per uploaded object, at a fraction of a parse's cost. */
  static long countKeys(byte[] body) {
    byte[] needle = {'"', '_', 'k', 'e', 'y', '"'};
    long count = 0;
    outer:
    for (int i = 0; i <= body.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (body[i + j] != needle[j]) {
          continue outer;
        }
      }
      count++;
    }
    return count;
  }
}
