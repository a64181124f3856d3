package io.secplat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.veza.VezaClient;
import io.secplat.veza.generated.model.OaaApplication;
import io.secplat.veza.generated.model.OaaApplicationPermission;
import io.secplat.veza.generated.model.OaaCanonicalPermission;
import io.secplat.veza.generated.model.OaaCustomApplicationPayload;
import io.secplat.veza.generated.model.OaaCustomPermission;
import io.secplat.veza.generated.model.OaaIdentityToPermissions;
import io.secplat.veza.generated.model.OaaLocalGroup;
import io.secplat.veza.generated.model.OaaLocalUser;
import io.secplat.veza.generated.model.OaaResource;
import io.secplat.veza.oaa.CustomApplication;
import io.secplat.veza.oaa.OaaIdentityType;
import io.secplat.veza.oaa.OaaPermission;
import io.secplat.veza.oaa.OaaPushOptions;
import io.secplat.veza.oaa.OaaPushResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The OAA push at scale: an application of N users (default 1,000,000) in 100 groups, 10 roles and
 * 100 resources, with 5 permission bindings per user (5,000,000), pushed two ways:
 *
 * <ul>
 *   <li>{@code facade} (and {@code facade-unchecked}, without the check pass): {@code veza.oaa().push} streaming from the {@link CustomApplication}
 *       builder (checked first, then written into 8 MiB parts) to a loopback server that decodes
 *       and counts the parts;
 *   <li>{@code stream-gzip}: the builder's payload streamed into gzip, nothing sent (the same work as
 *       the baseline, the way the façade does it);
 *   <li>{@code baseline}: the same payload built as the generated models in memory, then
 *       {@code ObjectMapper.writeValueAsBytes} and gzip (what a hand-written client does before it
 *       sends anything); nothing is sent.
 * </ul>
 *
 * <p>Run each in its own JVM: {@code java -Xmx512m -cp benchmarks.jar io.secplat.bench.OaaPushRun
 * facade 1000000} and {@code java -Xmx6g ... baseline 1000000}. Prints {@code RESULT <mode> users=
 * bindings= payloadBytes= seconds= maxHeapAfterGcMiB= peakHeapMiB=}.
 */
public final class OaaPushRun {
  private static final int BINDINGS_PER_USER = 5;
  private static final int GROUPS = 100;
  private static final int RESOURCES = 100;
  private static final String[] PERMISSIONS = {"read", "write", "admin", "list", "delete"};
  private static final AtomicLong MAX_AFTER_GC = new AtomicLong();

  private OaaPushRun() {}

  /**
   * @param args {@code facade|baseline [users]}
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "facade";
    int users = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    watchGc();
    long start = System.nanoTime();
    long bytes = switch (mode) {
      case "baseline" -> baseline(users);
      case "stream-gzip" -> streamGzip(users);
      default -> facade(users, !"facade-unchecked".equals(mode));
    };
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(java.util.Locale.ROOT,
        "RESULT %s users=%d bindings=%d payloadBytes=%d seconds=%.1f maxHeapAfterGcMiB=%d peakHeapMiB=%d maxHeapMiB=%d%n",
        mode, users, (long) users * BINDINGS_PER_USER, bytes, seconds, MAX_AFTER_GC.get() >> 20, peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  static CustomApplication application(int users) {
    CustomApplication.Builder app = CustomApplication.builder("portal", "AcmePortal");
    for (String p : PERMISSIONS) {
      app.permission(p, OaaPermission.DATA_READ);
    }
    for (int r = 0; r < RESOURCES; r++) {
      app.resource("r" + r, "resource " + r, "folder");
    }
    return app.body(w -> {
      for (int g = 0; g < GROUPS; g++) {
        w.group("g" + g, "group " + g);
      }
      for (int i = 0; i < users; i++) {
        w.user("u" + i, "user " + i).identity("user" + i + "@example.com").group("g" + (i % GROUPS));
      }
      for (int i = 0; i < users; i++) {
        ApplicationGrant grant = new ApplicationGrant(w.grant(OaaIdentityType.LOCAL_USER, "u" + i));
        for (int b = 0; b < BINDINGS_PER_USER; b++) {
          grant.add(PERMISSIONS[b], "r" + ((i + b) % RESOURCES));
        }
      }
    }).build();
  }

  /** Keeps the body readable. */
  private record ApplicationGrant(io.secplat.veza.oaa.ApplicationWriter.Grant grant) {
    void add(String permission, String resource) {
      grant.permission(permission, resource);
    }
  }

  static long facade(int users, boolean check) throws IOException {
    AtomicLong received = new AtomicLong();
    HttpServer server = server(received);
    try (VezaClient veza = VezaClient.builder().baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
        .apiKey(Secret.of("bench-key")).retryPolicy(RetryPolicy.none()).build()) {
      OaaPushResult result = veza.oaa().push("Acme Portal", "prod", application(users),
          OaaPushOptions.defaults().withCheckBeforeSending(check));
      System.out.println("pushed " + result.mode() + " in " + result.parts() + " parts, server decoded "
          + received.get() + " bytes");
      return result.payloadBytes();
    } finally {
      server.stop(0);
    }
  }

  /** The builder's payload streamed through Jackson's generator into gzip, nothing sent: the baseline's work. */
  static long streamGzip(int users) throws IOException {
    CountingStream compressed = new CountingStream();
    CountingStream raw;
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 64 * 1024)) {
      raw = new CountingStream(gzip);
      try (com.fasterxml.jackson.core.JsonGenerator json = new ObjectMapper().getFactory().createGenerator(raw)) {
        application(users).writeTo(json);
      }
    }
    System.out.println("stream gzip " + compressed.count + " bytes");
    return raw.count;
  }

  /** Counts what passes, forwarding it (or nothing). */
  private static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream() {
      super(java.io.OutputStream.nullOutputStream());
    }

    CountingStream(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count += len;
      out.write(b, off, len);
    }

    @Override
    public void write(int b) throws IOException {
      count++;
      out.write(b);
    }
  }

  static long baseline(int users) throws IOException {
    OaaApplication app = new OaaApplication().name("portal").applicationType("AcmePortal");
    List<OaaCustomPermission> permissions = new ArrayList<>();
    for (String p : PERMISSIONS) {
      permissions.add(new OaaCustomPermission().name(p).permissionType(List.of(OaaCanonicalPermission.DATA_READ))
          .applyToSubResources(false));
    }
    for (int r = 0; r < RESOURCES; r++) {
      app.addResourcesItem(new OaaResource().id("r" + r).name("resource " + r).resourceType("folder"));
    }
    for (int g = 0; g < GROUPS; g++) {
      app.addLocalGroupsItem(new OaaLocalGroup().id("g" + g).name("group " + g));
    }
    List<OaaIdentityToPermissions> grants = new ArrayList<>(users);
    for (int i = 0; i < users; i++) {
      app.addLocalUsersItem(new OaaLocalUser().id("u" + i).name("user " + i)
          .identities(List.of("user" + i + "@example.com")).groups(List.of("g" + (i % GROUPS))));
      OaaIdentityToPermissions grant = new OaaIdentityToPermissions().identity("u" + i)
          .identityType(OaaIdentityToPermissions.IdentityTypeEnum.LOCAL_USER);
      for (int b = 0; b < BINDINGS_PER_USER; b++) {
        grant.addApplicationPermissionsItem(new OaaApplicationPermission().application("portal")
            .permission(PERMISSIONS[b]).resources(List.of("r" + ((i + b) % RESOURCES))));
      }
      grants.add(grant);
    }
    OaaCustomApplicationPayload payload = new OaaCustomApplicationPayload().applications(List.of(app))
        .permissions(permissions).identityToPermissions(grants);
    byte[] json = new ObjectMapper()
        .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL).writeValueAsBytes(payload);
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(json.length / 8);
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 64 * 1024)) {
      gzip.write(json);
    }
    System.out.println("baseline gzip " + compressed.size() + " bytes");
    return json.length;
  }

  /** Answers the OAA calls of one push: one provider, one data source, parts decoded and counted. */
  private static HttpServer server(AtomicLong received) throws IOException {
    ObjectMapper json = new ObjectMapper();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/providers/custom", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String answer;
      if (path.endsWith(":parts")) {
        JsonNode body = json.readTree(exchange.getRequestBody());
        switch (body.path("operation").asText()) {
          case "start" -> answer = "{\"status\":\"success\",\"upload_id\":\"U1\"}";
          case "upload" -> {
            received.addAndGet(Base64.getDecoder().decode(body.path("data").asText()).length);
            answer = "{\"status\":\"success\"}";
          }
          default -> answer = "{\"status\":\"success\",\"warnings\":[]}";
        }
      } else if (path.endsWith(":push")) {
        drain(exchange.getRequestBody(), received);
        answer = "{\"warnings\":[]}";
      } else if (path.endsWith("/datasources")) {
        answer = "{\"values\":[{\"id\":\"D1\",\"name\":\"prod\"}],\"has_more\":false,\"next_page_token\":\"\"}";
      } else {
        answer = "{\"values\":[{\"id\":\"P1\",\"name\":\"Acme Portal\",\"custom_template\":\"application\"}],"
            + "\"has_more\":false,\"next_page_token\":\"\"}";
      }
      reply(exchange, answer);
    });
    server.start();
    return server;
  }

  private static void drain(InputStream in, AtomicLong counter) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    for (int n; (n = in.read(buffer)) > 0; ) {
      counter.addAndGet(n);
    }
  }

  private static void reply(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static void watchGc() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
              (CompositeData) notification.getUserData());
          long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(u -> u.getUsed()).sum();
          MAX_AFTER_GC.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
  }
}
