package io.secplat.mock.jupiterone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.mock.ProviderStates;
import io.secplat.mock.VendorMock;
import io.secplat.mock.openapi.JsonResponses;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JupiterOne mock provider, on the paths of the real API host:
 *
 * <ul>
 *   <li>{@code POST /graphql}, {@code /rules/graphql}, {@code /iam/graphql}: GraphQL executed by
 *       graphql-java against {@code jupiterone.graphqls} over an in-memory graph and account
 *       (invalid documents fail validation; each endpoint serves only its own root fields); J1QL
 *       pages with cursors; {@code deferredResponse: FORCE} answers a state link that reports
 *       {@code IN_PROGRESS} then {@code COMPLETED} with a results link;
 *   <li>the REST synchronization jobs ({@code AWAITING_UPLOADS} → {@code FINALIZE_PENDING} →
 *       {@code FINISHED}, counts that add up) and raw-data endpoints of
 *       {@code jupiterone-rest.yaml};
 *   <li>401 unless both {@code Authorization: Bearer <key>} and {@code JupiterOne-Account} are
 *       sent (any values are accepted; the legacy {@code LifeOmic-Account} of JupiterOne's older
 *       Node.js client counts as {@code JupiterOne-Account}); the deferred links are capability
 *       URLs and need neither;
 *   <li>batched GraphQL (a JSON array of operations, as Apollo's batch link posts them) is
 *       answered with an array; finalized sync jobs land in the graph GraphQL and J1QL read.
 * </ul>
 *
 * <pre>{@code
 * JupiterOneMock j1 = new JupiterOneMock().j1qlPageSize(10);
 * try (MockProviders mocks = MockProviders.start(0, j1)) {
 *   JupiterOneClient client = JupiterOneClient.builder().baseUrl(mocks.baseUrl())
 *       .apiKey(Secret.of("key")).accountId("acc").build();
 * }
 * }</pre>
 */
public final class JupiterOneMock implements VendorMock {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GRAPHQL_RESPONDER = "jupiterone-graphql-responder";
  private static final String DEFERRED_RESPONDER = "jupiterone-deferred-responder";
  private static final String BAD_OPERATION = "the body must be a JSON object with a query string";

  private final MockSettings settings = new MockSettings();
  private final Graph graph = new Graph();
  private final AccountState account = new AccountState();
  private final DeferredResults deferred = new DeferredResults();
  private final SyncJobs jobs = new SyncJobs();
  private final JupiterOneRestMock rest = new JupiterOneRestMock(jobs, graph, settings);
  private final GraphQlServer graphQl = new GraphQlServer(graph, account, deferred, settings);
  private final J1qlEngine j1ql = new J1qlEngine(graph);

  /**
   * The provider states the suite's JupiterOne pacts name. Each (re)creates what it names on top
   * of the seed, since the state endpoint resets every vendor first. Conventions: an entity that a
   * state names only by key {@code k} gets the _id {@code k-id}; a sync job is started by source
   * {@code api} in {@code CREATE_OR_UPDATE} mode.
   */
  private final ProviderStates states = new ProviderStates()
      .holds("the account has IAM users and policies", "the account has IAM users", "the account has user groups",
          "the account has audit events", "the (aws|github) integration definition exists",
          "integration instance \\S+ exists", "no entity \\S+ exists", "no user group named \\S+ exists",
          "no rule instance exists", "no question exists", "no synchronization job runs")
      .on("person (\\S+) of type (\\S+) exists", (m, p) -> person(m.group(1), m.group(2)))
      .on("the account has (\\d+) users", (m, p) -> users(Integer.parseInt(m.group(1))))
      .on("the account has one device", (m, p) ->
          graph.add("device-1", "user_endpoint", "Device", Map.of("displayName", "Device 1")))
      .on("entity (\\S+) with key (\\S+) exists", (m, p) -> host(m.group(1), m.group(2)))
      .on("entities (\\S+) and (\\S+) exist", (m, p) -> {
        keyed(m.group(1));
        keyed(m.group(2));
      })
      .on("(\\S+) \\((\\S+)\\) uses (\\S+) over edge (\\S+)", (m, p) -> {
        GraphEntity from = host(m.group(2), m.group(1));
        uses(m.group(4), from, keyed(m.group(3)));
      })
      .on("relationship (\\S+) \\((\\S+)\\|(\\S+)\\|(\\S+)\\) exists", (m, p) ->
          uses(m.group(1), keyed(m.group(2)), keyed(m.group(4))))
      .on("entity (\\S+) has raw data entry \\S+", (m, p) -> host(m.group(1), "host-1"))
      .on("deferred J1QL result (\\S+) of '(.+)' is ready", (m, p) -> deferred.put(m.group(1),
          j1ql.run(m.group(2), null, null, settings.j1qlPageSize, "j1-mock-account").asMap(), 0, settings.deferredLinkBase))
      .on("user group (\\S+) exists", (m, p) -> account.ensureGroup(m.group(1)))
      .on("user group (\\S+) has members", (m, p) -> account.ensureMember(m.group(1), "abc@mycompany.com"))
      .on("user group (\\S+) has member (\\S+)", (m, p) -> account.ensureMember(m.group(1), m.group(2)))
      .on("rule instance (\\S+) exists", (m, p) -> account.sampleRule(m.group(1)))
      .on("question (\\S+) exists", (m, p) -> account.sampleQuestion(m.group(1)))
      .on("job (\\S+) awaits uploads", (m, p) -> job(m.group(1)))
      .on("job (\\S+) already holds entity key (\\S+)", (m, p) -> {
        SyncJobs.Job job = job(m.group(1));
        ArrayNode held = JSON.createArrayNode();
        held.addObject().put("_key", m.group(2)).put("_type", "fake_entity").put("_class", "DataStore");
        jobs.upload(job, held, List.of(), List.of(), List.of());
      })
      .on("job (\\S+) has uploads", (m, p) -> {
        SyncJobs.Job job = job(m.group(1));
        sampleUploads(job);
        job.finalizePendingReads = 1;
      })
      .on("job (\\S+) is finalized", (m, p) -> {
        SyncJobs.Job job = job(m.group(1));
        sampleUploads(job);
        jobs.finalize(job, 0);
      })
      .on("job (\\S+) has deletions", (m, p) -> {
        SyncJobs.Job job = job(m.group(1));
        ObjectNode deletes = JSON.createObjectNode();
        ArrayNode refs = deletes.putArray("deleteEntities");
        for (int i = 1; i <= 3; i++) {
          refs.addObject().put("_id", "example-uuid-0" + i);
        }
        jobs.upload(job, List.of(), List.of(), refs, List.of());
        job.finalizePendingReads = 0;
      });

  @Override
  public String name() {
    return "jupiterone";
  }

  /**
   * @param size rows per J1QL page (JupiterOne's default is 250)
   * @return this mock
   */
  public JupiterOneMock j1qlPageSize(int size) {
    settings.j1qlPageSize = positive("size", size);
    return this;
  }

  /**
   * @param size items per page of listVertices and, without a limit, of the audit events
   * @return this mock
   */
  public JupiterOneMock listPageSize(int size) {
    settings.listPageSize = positive("size", size);
    return this;
  }

  /**
   * @param polls how many reads of a deferred state link say IN_PROGRESS before COMPLETED
   *     (default 1; {@link Integer#MAX_VALUE} never completes)
   * @return this mock
   */
  public JupiterOneMock deferredPollsInProgress(int polls) {
    settings.deferredPollsInProgress = polls;
    return this;
  }

  /**
   * Hands out deferred links on another base (default: the base the request came to), to play a
   * service whose result links live on another host.
   *
   * @param base for example {@code http://localhost:8080}, or null for the request's own base
   * @return this mock
   */
  public JupiterOneMock deferredLinkBase(String base) {
    settings.deferredLinkBase = base;
    return this;
  }

  /**
   * @param reads how many job reads after finalize still say FINALIZE_PENDING (default 0:
   *     finalize answers FINISHED at once, as a local persister does)
   * @return this mock
   */
  public JupiterOneMock syncReadsFinalizePending(int reads) {
    settings.syncPollsFinalizePending = reads;
    return this;
  }

  /**
   * Answers the next GraphQL requests with a rate-limit error inside an HTTP 200.
   *
   * @param requests how many requests
   * @return this mock
   */
  public JupiterOneMock rateLimitNextGraphQlRequests(int requests) {
    settings.rateLimitedGraphQlRequests.set(requests);
    return this;
  }

  /**
   * Adds an entity to the graph (until the next {@link #resetState()}).
   *
   * @param key its _key
   * @param type its _type
   * @param entityClass its _class
   * @param properties its custom properties
   * @return its _id
   */
  public String addEntity(String key, String type, String entityClass, Map<String, ?> properties) {
    return graph.add(key, type, entityClass, properties).id;
  }

  /**
   * Adds a relationship between two entities of the graph (until the next {@link #resetState()}),
   * for J1QL traversals.
   *
   * @param key its _key
   * @param type its _type
   * @param relationshipClass its _class, the J1QL verb (for example {@code HAS})
   * @param fromId the _id of the entity it starts from
   * @param toId the _id of the entity it goes to
   * @param properties its properties
   * @return its _id
   * @throws IllegalArgumentException when either entity does not exist
   */
  public String addRelationship(String key, String type, String relationshipClass, String fromId, String toId,
      Map<String, ?> properties) {
    if (graph.entity(fromId) == null || graph.entity(toId) == null) {
      throw new IllegalArgumentException("no entity " + (graph.entity(fromId) == null ? fromId : toId));
    }
    return graph.relate(key, type, relationshipClass, fromId, toId, properties).id;
  }

  /** @return the root fields each GraphQL endpoint path serves */
  public Map<String, List<String>> graphQlRootFields() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (GraphQlServer.Endpoint endpoint : GraphQlServer.Endpoint.values()) {
      fields.put(endpoint.path, new ArrayList<>(graphQl.served(endpoint)));
    }
    return fields;
  }

  /** @return the integration instance ids whose jobs were triggered, oldest first */
  public List<String> invokedIntegrationInstances() {
    synchronized (account) {
      return List.copyOf(account.invokedIntegrationInstances);
    }
  }

  @Override
  public List<Extension> extensions() {
    List<Extension> extensions = new ArrayList<>(rest.extensions());
    extensions.add(new GraphQlResponder());
    extensions.add(new DeferredResponder());
    extensions.add(new LegacyAccountHeader(rest.guardedPaths()));
    return extensions;
  }

  @Override
  public void register(WireMockServer server) {
    rest.register(server);
    server.stubFor(post(urlPathMatching("/(graphql|rules/graphql|iam/graphql)")).atPriority(5)
        .willReturn(aResponse().withTransformers(GRAPHQL_RESPONDER)));
    server.stubFor(get(urlPathMatching(DeferredResults.PATH_PATTERN)).atPriority(5)
        .willReturn(aResponse().withTransformers(DEFERRED_RESPONDER)));
  }

  @Override
  public boolean applyState(String state, Map<String, Object> params) {
    return states.apply(state, params);
  }

  private void person(String name, String type) {
    String key = "person-" + name.toLowerCase(java.util.Locale.ROOT);
    if (graph.entityByKey(type, key) == null) {
      graph.add(key, type, "Person", Map.of("name", name, "displayName", name));
    }
  }

  private void users(int count) {
    long users = graph.entities().stream().filter(e -> e.entityClass.equals("User")).count();
    for (long i = users + 1; i <= count; i++) {
      graph.add("iam-user-" + i, "iam_user", "User", Map.of("displayName", "user" + i, "username", "user" + i, "active", true));
    }
  }

  /** A Host entity under a given id. */
  private GraphEntity host(String id, String key) {
    return graph.add(id, key, "my_host", "Host", Map.of("displayName", "Host 1"));
  }

  /** An entity named only by key: its _id is {@code key-id}. */
  private GraphEntity keyed(String key) {
    return graph.add(key + "-id", key, "my_" + key, "Resource", Map.of("displayName", key));
  }

  private void uses(String id, GraphEntity from, GraphEntity to) {
    graph.relate(id, from.key + "|uses|" + to.key, "my_app_uses_db", "USES", from.id, to.id, Map.of("port", 5432));
  }

  private SyncJobs.Job job(String id) {
    return jobs.start(id, "api", null, "CREATE_OR_UPDATE", null, false);
  }

  private void sampleUploads(SyncJobs.Job job) {
    ArrayNode entities = JSON.createArrayNode();
    for (int i = 1; i <= 3; i++) {
      entities.addObject().put("_key", String.valueOf(i)).put("_type", "fake_entity").put("_class", "DataStore");
    }
    ArrayNode relationships = JSON.createArrayNode();
    relationships.addObject().put("_key", "a").put("_type", "fake_relationship").put("_fromEntityKey", "1").put("_toEntityKey", "2");
    relationships.addObject().put("_key", "b").put("_type", "fake_relationship").put("_fromEntityKey", "2").put("_toEntityKey", "3");
    jobs.upload(job, entities, relationships, List.of(), List.of());
  }

  @Override
  public void resetState() {
    settings.reset();
    graph.reset();
    account.reset();
    deferred.reset();
    rest.resetState();
  }

  private static int positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  private static String base(Request request) {
    URI url = URI.create(request.getAbsoluteUrl());
    return url.getScheme() + "://" + url.getRawAuthority();
  }

  /** Runs each GraphQL request. */
  private final class GraphQlResponder implements ResponseDefinitionTransformerV2 {
    @Override
    public String getName() {
      return GRAPHQL_RESPONDER;
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      Request request = event.getRequest();
      if (settings.rateLimitedGraphQlRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        return JsonResponses.json(200, JSON.valueToTree(Map.of("data", Map.of(), "errors", List.of(Map.of(
            "message", "Rate limit exceeded: too many requests for this account",
            "extensions", Map.of("code", "RATE_LIMITED"))))));
      }
      JsonNode body;
      try {
        body = JSON.readTree(request.getBody());
      } catch (IOException e) {
        body = null;
      }
      if (body != null && body.isArray() && !body.isEmpty()) {
        // a batch, as Apollo's batch link (JupiterOne's Node client) posts it: one answer per
        // operation, in order, in a JSON array
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode operation : body) {
          Map<String, Object> answer = execute(operation, request);
          answers.add(answer != null ? answer : Map.of("errors", List.of(Map.of("message", BAD_OPERATION))));
        }
        return JsonResponses.json(200, JSON.valueToTree(answers));
      }
      Map<String, Object> result = execute(body, request);
      if (result == null) {
        return JsonResponses.json(400, JSON.valueToTree(Map.of("errors", List.of(Map.of("message", BAD_OPERATION + " (or a non-empty array of them)")))));
      }
      return JsonResponses.json(200, JSON.valueToTree(result));
    }

    /** @return the GraphQL answer to one operation, or null when it is not {query, variables?, operationName?} */
    private Map<String, Object> execute(JsonNode body, Request request) {
      if (body == null || !body.isObject() || !body.path("query").isTextual()) {
        return null;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> variables = body.path("variables").isObject() ? JSON.convertValue(body.get("variables"), Map.class) : null;
      Map<String, Object> context = Map.of("accountId", request.getHeader("JupiterOne-Account"), "base", base(request));
      return graphQl.execute(GraphQlServer.Endpoint.of(URI.create(request.getUrl()).getPath()),
          body.get("query").asText(), body.path("operationName").asText(null), variables, context);
    }
  }

  /** Serves the deferred state and results links. */
  private final class DeferredResponder implements ResponseDefinitionTransformerV2 {
    @Override
    public String getName() {
      return DEFERRED_RESPONDER;
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      String[] parts = URI.create(event.getRequest().getUrl()).getPath().split("/");
      String id = parts[2];
      Map<String, Object> body = parts[3].startsWith("state") ? deferred.state(id, base(event.getRequest())) : deferred.results(id);
      return body == null ? JsonResponses.json(404, JupiterOneErrors.body("NOT_FOUND", "no deferred result " + id))
          : JsonResponses.json(200, JSON.valueToTree(body));
    }
  }

  @Override
  public java.util.List<String> states() {
    return states.patterns();
  }
}
