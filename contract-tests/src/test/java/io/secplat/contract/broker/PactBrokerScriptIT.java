package io.secplat.contract.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.secplat.contract.spec.Paths;
import io.secplat.core.Canary;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code tools/pact-broker.sh}, the way the release workflow publishes pacts and asks
 * {@code can-i-deploy}, run for real: the Pact Foundation's broker client (pinned through
 * {@code @pact-foundation/pact-cli} in {@code tools/pact-verifier/package-lock.json}) against a
 * stand-in broker on 127.0.0.1 that records what it is sent and answers the Pact Broker's
 * documented shapes (the HAL index with {@code pb:publish-contracts}, {@code POST
 * /contracts/publish}, {@code GET /matrix}). The pacts published are the ones this build's
 * consumer tests just wrote.
 */
class PactBrokerScriptIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = Canary.of("pact-broker-token");
  private static final List<String> CONSUMERS = List.of("secplat-britive-facade", "secplat-veza-facade",
      "secplat-guardian-facade", "secplat-jupiterone-facade");

  /** One request the stand-in broker received. */
  private record Received(String method, String pathAndQuery, String authorization, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<String> doubleDecoded = new ArrayList<>();
  private volatile boolean deployable = true;
  private HttpServer broker;

  @BeforeEach
  void startBroker() throws IOException {
    broker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    broker.createContext("/", this::answer);
    broker.start();
  }

  @AfterEach
  void stopBroker() {
    broker.stop(0);
  }

  @Test
  void publishSendsEveryPactOfTheBuildAsTheVersionAndBranchWithTheToken() throws Exception {
    Map<String, JsonNode> pacts = new HashMap<>();
    try (Stream<Path> files = Files.list(Paths.pacts())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        JsonNode pact = JSON.readTree(file.toFile());
        pacts.put(pact.path("consumer").path("name").asText() + " -> " + pact.path("provider").path("name").asText(),
            pact.path("interactions"));
      }
    }
    assertThat(pacts).as("pact files of this build").hasSize(5);

    Run run = script("publish", Paths.pacts().toString(), "1.2.3", "main");

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output()).doesNotContain(TOKEN).doesNotContain(Canary.MARKER);
    assertThat(received).extracting(Received::authorization).containsOnly("Bearer " + TOKEN);
    assertThat(received).first().extracting(Received::method, Received::pathAndQuery).containsExactly("GET", "/");
    List<Received> posts = received.stream().filter(r -> r.method().equals("POST")).toList();
    assertThat(posts).extracting(Received::pathAndQuery).containsOnly("/contracts/publish");
    Map<String, JsonNode> published = new HashMap<>();
    for (Received post : posts) {
      JsonNode body = JSON.readTree(post.body());
      assertThat(body.path("pacticipantVersionNumber").asText()).isEqualTo("1.2.3");
      assertThat(body.path("branch").asText()).isEqualTo("main");
      for (JsonNode contract : body.path("contracts")) {
        assertThat(contract.path("consumerName").asText()).isEqualTo(body.path("pacticipantName").asText());
        assertThat(contract.path("specification").asText()).isEqualTo("pact");
        assertThat(contract.path("contentType").asText()).isEqualTo("application/json");
        // the client re-serialises a pact (it adds its own metadata): the interactions must be the file's
        published.put(contract.path("consumerName").asText() + " -> " + contract.path("providerName").asText(),
            JSON.readTree(Base64.getDecoder().decode(contract.path("content").asText())).path("interactions"));
      }
    }
    assertThat(published.keySet()).isEqualTo(pacts.keySet());
    for (Map.Entry<String, JsonNode> pact : pacts.entrySet()) {
      // compared one by one: a failure names the pact, not five whole documents
      JsonNode sent = published.get(pact.getKey());
      assertThat(sent.size()).as("interactions of %s", pact.getKey()).isEqualTo(pact.getValue().size());
      for (int i = 0; i < sent.size(); i++) {
        assertThat(sameInteraction(pact.getValue().get(i), sent.get(i)))
            .as("interaction %d of %s as the broker received it", i, pact.getKey()).isTrue();
      }
    }
    // Known and pinned: a JSON body that is itself a JSON string ("[53,61,62]", Guardian's answer)
    // reaches the broker unquoted (pact-broker-cli 0.8.8 of pact-cli 18.1.2 decodes it once more),
    // so the broker's copy means the list, not the string. This build verifies the pact files, not
    // the broker's copy; a client that stops doing it fails here and the note can go.
    assertThat(doubleDecoded).containsExactly(
        "getPolicyTargetNodes: a request for the nodes a policy applies to (a JSON string holding a list)");
  }

  @Test
  void canIDeployAsksTheMatrixForEveryConsumerAtTheVersionAndFollowsItsAnswer() throws Exception {
    Run yes = script("can-i-deploy", "1.2.3");
    deployable = false;
    Run no = script("can-i-deploy", "1.2.3", "staging");

    assertThat(yes.exit()).as(yes.output()).isZero();
    assertThat(no.exit()).as(no.output()).isEqualTo(1);
    assertThat(received).hasSize(2).extracting(Received::authorization).containsOnly("Bearer " + TOKEN);
    for (int i = 0; i < 2; i++) {
      String query = URLDecoder.decode(received.get(i).pathAndQuery(), StandardCharsets.UTF_8);
      StringBuilder expected = new StringBuilder("/matrix?");
      for (String consumer : CONSUMERS) {
        expected.append("q[][pacticipant]=").append(consumer).append("&q[][version]=1.2.3&");
      }
      expected.append("latestby=cvpv&environment=").append(i == 0 ? "production" : "staging");
      assertThat(query).isEqualTo(expected.toString());
    }
    assertThat(yes.output() + no.output()).doesNotContain(Canary.MARKER);
  }

  @Test
  void withoutABrokerTheScriptStopsBeforeAnyRequestNamingTheVariable() throws Exception {
    Process process = new ProcessBuilder("bash", script().toString(), "can-i-deploy", "1.2.3").redirectErrorStream(true)
        .start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isNotZero();
    assertThat(output).contains("PACT_BROKER_BASE_URL names the Pact Broker");
    assertThat(received).isEmpty();
  }

  /**
   * The client re-encodes bodies that pact-jvm stores as text: a non-JSON body written as a JSON
   * string, a binary body as Base64. Same interaction, same bytes: everything but the bodies must be
   * equal, and each body must be the file's once decoded.
   */
  private boolean sameInteraction(JsonNode file, JsonNode sent) throws IOException {
    ObjectNode fileRest = file.deepCopy();
    ObjectNode sentRest = sent.deepCopy();
    for (String part : List.of("request", "response")) {
      JsonNode fileBody = ((ObjectNode) fileRest.path(part)).remove("body");
      JsonNode sentBody = ((ObjectNode) sentRest.path(part)).remove("body");
      if (!sameBody(fileBody, sentBody, file.path("description").asText())) {
        return false;
      }
    }
    return fileRest.equals(sentRest);
  }

  private boolean sameBody(JsonNode file, JsonNode sent, String description) throws IOException {
    if (file == null || sent == null || file.equals(sent)) {
      return file == sent || (file != null && file.equals(sent));
    }
    if (!file.isTextual()) {
      return false;
    }
    if (!sent.isTextual()) {
      return JSON.readTree(file.asText()).equals(sent);
    }
    if (file.asText().startsWith("\"")) {
      // the raw body is a JSON string; the broker received the string's content as the raw body
      JsonNode once = JSON.readTree(file.asText());
      if (once.isTextual() && once.asText().equals(sent.asText())) {
        doubleDecoded.add(description);
        return true;
      }
    }
    try {
      return new String(Base64.getDecoder().decode(file.asText()), StandardCharsets.UTF_8).equals(sent.asText());
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }

  private record Run(int exit, String output) {}

  private Run script(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", script().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PACT_BROKER_BASE_URL", "http://127.0.0.1:" + broker.getAddress().getPort());
    builder.environment().put("PACT_BROKER_TOKEN", TOKEN);
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // npm ci on a fresh clone, then the client: bounded
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("tools/pact-broker.sh did not end in 180 s: " + output);
    }
    return new Run(process.exitValue(), output);
  }

  private static Path script() {
    return Path.of(System.getProperty("tools.dir"), "pact-broker.sh");
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String target = exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
    received.add(new Received(exchange.getRequestMethod(), target,
        exchange.getRequestHeaders().getFirst("Authorization"), body));
    String base = "http://127.0.0.1:" + broker.getAddress().getPort();
    String answer;
    int status = 200;
    if (exchange.getRequestMethod().equals("GET") && target.equals("/")) {
      answer = "{\"_links\":{\"pb:publish-contracts\":{\"href\":\"" + base + "/contracts/publish\"}}}";
    } else if (exchange.getRequestMethod().equals("POST") && target.equals("/contracts/publish")) {
      answer = "{\"notices\":[{\"type\":\"success\",\"text\":\"published\"}],\"_links\":{}}";
    } else if (exchange.getRequestMethod().equals("GET") && target.startsWith("/matrix?")) {
      answer = "{\"summary\":{\"deployable\":" + deployable + ",\"reason\":\""
          + (deployable ? "every verification passed" : "no verified pact") + "\",\"success\":" + (deployable ? 5 : 0)
          + ",\"failed\":0,\"unknown\":" + (deployable ? 0 : 5) + "},\"matrix\":[],\"notices\":[]}";
    } else {
      status = 404;
      answer = "{}";
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/hal+json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
