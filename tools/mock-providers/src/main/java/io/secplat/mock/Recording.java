package io.secplat.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Records a tenant's real answers as WireMock stub mappings: a proxy on 127.0.0.1 that forwards
 * every request to the tenant ({@code secplat <vendor> record}), and the loading of such a folder
 * into the mock providers, where the recorded stubs answer before the seeded state
 * ({@link MockProviders#loadRecordings}).
 *
 * <pre>{@code
 * try (Recording recording = Recording.start(0, "https://acme.britive-app.com", List.of("$.data[*].email"))) {
 *   // point a client (or the CLI's --base-url) at recording.baseUrl(), make the calls, then
 *   int written = recording.stopAndWrite(Path.of("recordings"));
 * }
 * }</pre>
 *
 * <p>What is written never holds a credential: stubs match on method, path, query and body only
 * (no request header is captured, so neither credentials nor the {@code JupiterOne-Account}
 * header are); every value the clients sent in a credential header ({@code Authorization}, any
 * header named like a key, token, secret or session) is replaced by {@value #REDACTED} wherever it
 * appears; credential and cookie headers of the answers are dropped; fields named by
 * {@code --redact-field} paths are replaced.
 */
public final class Recording implements AutoCloseable {
  /** What replaces a credential or a redacted field. */
  public static final String REDACTED = "REDACTED";
  /** Recorded stubs answer after the mocks' credential checks (priorities 1 and 2), before the seeded operations. */
  public static final int PRIORITY = 3;
  private static final Pattern CREDENTIAL_HEADER =
      Pattern.compile("(?i)authorization|jupiterone-account|cookie|set-cookie|.*(key|token|secret|session).*");
  private static final Pattern PATH_STEP = Pattern.compile("\\.([^.\\[]+)|\\[\\*]|\\[(\\d+)]");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer proxy;
  private final String target;
  private final List<String> redactFields;

  private Recording(WireMockServer proxy, String target, List<String> redactFields) {
    this.proxy = proxy;
    this.target = target;
    this.redactFields = redactFields;
  }

  /**
   * Starts the recording proxy.
   *
   * @param port the port on 127.0.0.1, 0 for a free one
   * @param target the tenant's base URL, for example {@code https://acme.britive-app.com}
   * @param redactFields JSON paths of answer fields to replace, for example {@code $.data[*].email}
   *     ({@code .name}, {@code [*]} and {@code [n]} steps)
   * @return the running recording
   * @throws IllegalArgumentException when the target is not an absolute http(s) URL or a path is malformed
   */
  public static Recording start(int port, String target, List<String> redactFields) {
    URI uri = URI.create(target);
    if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
      throw new IllegalArgumentException("--target must be an absolute http(s) URL, was " + target);
    }
    redactFields.forEach(Recording::checkPath);
    WireMockServer proxy = new WireMockServer(options().bindAddress("127.0.0.1").port(port).jettyAcceptors(1)
        .enableBrowserProxying(false));
    proxy.start();
    proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(target.replaceAll("/+$", ""))));
    return new Recording(proxy, target, List.copyOf(redactFields));
  }

  /** @return the proxy's base URL, for example {@code http://127.0.0.1:41234} */
  public String baseUrl() {
    return "http://127.0.0.1:" + proxy.port();
  }

  /** @return the tenant the proxy forwards to */
  public String target() {
    return target;
  }

  /**
   * Stops forwarding and writes one stub mapping per distinct request seen to
   * {@code folder/mappings/}, redacted.
   *
   * @param folder the recording folder (created if missing)
   * @return how many stub mappings were written
   */
  public int stopAndWrite(Path folder) {
    Set<String> secrets = secretsSent();
    List<StubMapping> stubs = proxy.snapshotRecord(recordSpec().forTarget(target)
        .matchRequestBodyWithEqualToJson(true, false)
        .extractTextBodiesOver(Long.MAX_VALUE)
        .extractBinaryBodiesOver(Long.MAX_VALUE)
        .makeStubsPersistent(false)).getStubMappings();
    proxy.stop();
    try {
      Path mappings = Files.createDirectories(folder.resolve("mappings"));
      int n = 0;
      for (StubMapping stub : stubs) {
        ObjectNode json = (ObjectNode) JSON.readTree(Json.write(stub));
        redact(json, secrets);
        String name = String.format(Locale.ROOT, "%03d-%s.json", ++n, slug(json.path("request")));
        Files.writeString(mappings.resolve(name), scrub(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json),
            secrets), StandardCharsets.UTF_8);
      }
      return stubs.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the recording to " + folder + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (proxy.isRunning()) {
      proxy.stop();
    }
  }

  /**
   * Reads a recording folder's stub mappings, each set to answer at {@link #PRIORITY}.
   *
   * @param folder a folder written by {@link #stopAndWrite} (its {@code mappings/*.json})
   * @return the stubs
   */
  static List<StubMapping> read(Path folder) {
    Path mappings = folder.resolve("mappings");
    if (!Files.isDirectory(mappings)) {
      throw new IllegalArgumentException("not a recording folder (no mappings/ inside): " + folder);
    }
    List<StubMapping> stubs = new ArrayList<>();
    try (Stream<Path> files = Files.list(mappings)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        StubMapping stub = StubMapping.buildFrom(Files.readString(file, StandardCharsets.UTF_8));
        stub.setPriority(PRIORITY);
        stub.setPersistent(false);
        stubs.add(stub);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the recording " + folder + ": " + e.getMessage(), e);
    }
    return stubs;
  }

  /** @return every value a client sent in a credential header through the proxy */
  private Set<String> secretsSent() {
    Set<String> secrets = new LinkedHashSet<>();
    for (ServeEvent event : proxy.getAllServeEvents()) {
      event.getRequest().getHeaders().all().forEach(header -> {
        // the account header is removed from every stub, but its value is no secret: answers that
        // echo the account (JupiterOne's _accountId) stay as recorded
        if (CREDENTIAL_HEADER.matcher(header.key()).matches() && !header.key().equalsIgnoreCase("JupiterOne-Account")) {
          for (String value : header.values()) {
            secrets.add(value);
            int space = value.indexOf(' ');
            if (space > 0 && space < value.length() - 1) {
              secrets.add(value.substring(space + 1).trim()); // "Bearer <key>": the key alone too
            }
          }
        }
      });
    }
    secrets.removeIf(secret -> secret.length() < 4);
    return secrets;
  }

  private void redact(ObjectNode stub, Set<String> secrets) throws IOException {
    ObjectNode request = (ObjectNode) stub.path("request");
    request.remove("headers"); // never match on credentials
    request.remove("cookies");
    request.remove("basicAuthCredentials");
    ObjectNode response = stub.path("response") instanceof ObjectNode r ? r : null;
    if (response == null) {
      return;
    }
    if (response.path("headers") instanceof ObjectNode headers) {
      for (Iterator<String> names = headers.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (CREDENTIAL_HEADER.matcher(name).matches() || name.equalsIgnoreCase("Content-Encoding")
            || name.equalsIgnoreCase("Transfer-Encoding") || name.equalsIgnoreCase("Content-Length")) {
          names.remove();
        }
      }
    }
    if (!redactFields.isEmpty() && response.path("body").isTextual()) {
      JsonNode body;
      try {
        body = JSON.readTree(response.path("body").asText());
      } catch (IOException notJson) {
        return;
      }
      for (String path : redactFields) {
        replace(body, path);
      }
      response.put("body", JSON.writeValueAsString(body));
    }
  }

  private static String scrub(String text, Set<String> secrets) {
    String scrubbed = text;
    for (String secret : secrets) {
      scrubbed = scrubbed.replace(secret, REDACTED);
      scrubbed = scrubbed.replace(JSON.valueToTree(secret).toString().replaceAll("^\"|\"$", ""), REDACTED);
    }
    return scrubbed;
  }

  /** Replaces the values a path names ({@code $.a.b[*].c}) with {@value #REDACTED}. */
  static void replace(JsonNode root, String path) {
    checkPath(path);
    List<JsonNode> current = List.of(root);
    Matcher step = PATH_STEP.matcher(path.substring(1));
    List<String[]> steps = new ArrayList<>();
    while (step.find()) {
      steps.add(new String[] {step.group(1), step.group(2), step.group(0)});
    }
    for (int i = 0; i < steps.size(); i++) {
      boolean last = i == steps.size() - 1;
      String[] s = steps.get(i);
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : current) {
        if (s[0] != null && node instanceof ObjectNode object && object.has(s[0])) {
          if (last) {
            object.set(s[0], TextNode.valueOf(REDACTED));
          } else {
            next.add(object.get(s[0]));
          }
        } else if (node instanceof ArrayNode array) {
          for (int k = 0; k < array.size(); k++) {
            if (s[1] == null && s[0] == null || s[1] != null && Integer.parseInt(s[1]) == k) {
              if (last) {
                array.set(k, TextNode.valueOf(REDACTED));
              } else {
                next.add(array.get(k));
              }
            }
          }
        }
      }
      current = next;
    }
  }

  private static void checkPath(String path) {
    if (path == null || !path.startsWith("$") || path.length() < 2
        || !PATH_STEP.matcher(path.substring(1)).replaceAll("").isEmpty()) {
      throw new IllegalArgumentException("--redact-field must be a JSON path such as $.data[*].email, was " + path);
    }
  }

  private static String slug(JsonNode request) {
    String url = request.path("url").asText(request.path("urlPath").asText(request.path("urlPattern").asText("")));
    String slug = (request.path("method").asText("ANY") + url).replaceAll("[^A-Za-z0-9]+", "-");
    return slug.length() > 80 ? slug.substring(0, 80) : slug;
  }
}
