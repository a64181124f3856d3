package io.secplat.jupiterone;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.core.Arguments;
import io.secplat.core.ClientBuilder;
import io.secplat.core.Lazy;
import io.secplat.core.Operation;
import io.secplat.core.Secret;
import io.secplat.core.VendorClient;
import io.secplat.core.ServerUrls;
import io.secplat.core.http.HttpStack;
import io.secplat.core.paging.PagedIterable;
import io.secplat.jupiterone.generated.api.RawDataApi;
import io.secplat.jupiterone.generated.api.SynchronizationApi;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JupiterOne entry point: J1QL, the graph, entities and relationships, alert rules,
 * questions, integrations, audit events, IAM, bulk synchronization and raw data. Immutable and
 * thread-safe, with one connection pool for all of JupiterOne's endpoints; share one per account.
 *
 * <pre>{@code
 * try (JupiterOneClient j1 = JupiterOneClient.builder()
 *     .apiKey(Secret.of(System.getenv("JUPITERONE_API_KEY")))
 *     .accountId(System.getenv("JUPITERONE_ACCOUNT"))
 *     .region("us")
 *     .build()) {
 *   j1.query("FIND aws_s3_bucket WITH encrypted != true", QueryOptions.defaults().deferred())
 *       .forEach(row -> System.out.println(row.path("entity").path("displayName").asText()));
 * } catch (RateLimitedException e) {
 *   System.err.println("slow down: " + e.getMessage());
 * }
 * }</pre>
 *
 * <p>Every request, REST and GraphQL, carries {@code Authorization: Bearer <key>} and
 * {@code JupiterOne-Account: <account>}; the key never goes to a server other than the
 * configured endpoints ({@link JupiterOneEndpoints}). GraphQL queries and REST reads are retried
 * by the {@link io.secplat.core.RetryPolicy}, including rate-limit errors that arrive inside an
 * HTTP 200; mutations and uploads are not. GraphQL {@code errors} throw the suite's exceptions.
 */
public final class JupiterOneClient extends VendorClient {
  /** Environment variable holding the API key, read by {@link Builder#fromEnvironment()}. */
  public static final String ENV_API_KEY = "JUPITERONE_API_KEY";
  /** Environment variable holding the account id, read by {@link Builder#fromEnvironment()}. */
  public static final String ENV_ACCOUNT = "JUPITERONE_ACCOUNT";
  /** Optional environment variable holding the region (default {@code us}). */
  public static final String ENV_REGION = "JUPITERONE_REGION";
  /** Optional environment variable holding an explicit API base URL. */
  public static final String ENV_BASE_URL = "JUPITERONE_BASE_URL";
  /** Optional environment variable holding an explicit IAM endpoint URL. */
  public static final String ENV_IAM_URL = "JUPITERONE_IAM_URL";

  private final JupiterOneEndpoints endpoints;
  // Each part is built on first use (its Feign proxy, its endpoint's mapper): a client that only
  // runs queries never pays for the others (docs/PERFORMANCE.md, "Start-up").
  private final Lazy<J1ql> j1ql;
  private final Lazy<GraphView> graph;
  private final Lazy<Entities> entities;
  private final Lazy<Relationships> relationships;
  private final Lazy<AlertRules> alertRules;
  private final Lazy<Questions> questions;
  private final Lazy<Integrations> integrations;
  private final Lazy<AuditEvents> auditEvents;
  private final Lazy<Iam> iam;
  private final Lazy<BulkSync> sync;
  private final Lazy<RawData> rawData;

  private JupiterOneClient(HttpStack http, JupiterOneEndpoints endpoints) {
    super(http);
    this.endpoints = endpoints;
    Lazy<Endpoint> graphEndpoint = Lazy.of(() -> new Endpoint(http, endpoints.graph()));
    this.j1ql = Lazy.of(() -> new J1ql(graphEndpoint.get(), new DeferredQueries(http, endpoints)));
    this.graph = Lazy.of(() -> new GraphView(graphEndpoint.get()));
    this.entities = Lazy.of(() -> new Entities(graphEndpoint.get()));
    this.relationships = Lazy.of(() -> new Relationships(graphEndpoint.get()));
    this.alertRules = Lazy.of(() -> new AlertRules(new Endpoint(http, endpoints.rules())));
    this.questions = Lazy.of(() -> new Questions(graphEndpoint.get()));
    this.integrations = Lazy.of(() -> new Integrations(graphEndpoint.get()));
    this.auditEvents = Lazy.of(() -> new AuditEvents(graphEndpoint.get()));
    this.iam = Lazy.of(() -> new Iam(new Endpoint(http, endpoints.iam())));
    this.sync = Lazy.of(() -> new BulkSync(http.target(SynchronizationApi.class), http.json(),
        http.settings().retryPolicy(), new io.secplat.core.retry.RetryEngine(http.settings().clock(), http.settings().sleeper())));
    this.rawData = Lazy.of(() -> new RawData(http.target(RawDataApi.class)));
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs a J1QL query inline and returns every row of every page, lazily.
   *
   * @param j1ql the query, for example {@code FIND User WITH active = true}
   * @return the rows as JSON: entity rows for plain FIND, one object per row with RETURN
   */
  @Operation("queryV1")
  public PagedIterable<JsonNode> query(String j1ql) {
    return this.j1ql.get().rows(j1ql, QueryOptions.defaults());
  }

  /**
   * Runs a J1QL query and returns every row of every page, lazily.
   *
   * @param j1ql the query
   * @param options parameters, deleted data, deferred mode
   * @return the rows as JSON
   */
  @Operation("queryV1")
  public PagedIterable<JsonNode> query(String j1ql, QueryOptions options) {
    return this.j1ql.get().rows(j1ql, options);
  }

  /**
   * Runs a J1QL query and decodes every row into a type of the caller's, lazily.
   *
   * <pre>{@code
   * record Bucket(@JsonProperty("b.name") String name, @JsonProperty("b.encrypted") Boolean encrypted) {}
   * j1.query("FIND aws_s3_bucket AS b RETURN b.name, b.encrypted", QueryOptions.defaults(), Bucket.class)
   * }</pre>
   *
   * @param j1ql the query
   * @param options parameters, deleted data, deferred mode
   * @param rowType the row type (unknown properties are ignored)
   * @param <T> the row type
   * @return the rows
   */
  @Operation("queryV1")
  public <T> PagedIterable<T> query(String j1ql, QueryOptions options, Class<T> rowType) {
    return this.j1ql.get().rows(j1ql, options, rowType);
  }

  /**
   * Runs a J1QL query that ends in {@code RETURN TREE} and returns its vertices and edges, every
   * page joined.
   *
   * <pre>{@code
   * J1qlTree tree = j1.queryTree("FIND User THAT HAS Device RETURN TREE", QueryOptions.defaults());
   * }</pre>
   *
   * @param j1ql the query
   * @param options parameters, deleted data, deferred mode
   * @return the tree
   */
  @Operation("queryV1")
  public J1qlTree queryTree(String j1ql, QueryOptions options) {
    return this.j1ql.get().tree(j1ql, options);
  }

  /** @return graph reads: queryGraph, vertex, neighbors, edge, counts, listVertices, CSV reports */
  public GraphView graph() {
    return graph.get();
  }

  /** @return single-entity mutations */
  public Entities entities() {
    return entities.get();
  }

  /** @return single-relationship mutations */
  public Relationships relationships() {
    return relationships.get();
  }

  /** @return alert rule instances ({@code /rules/graphql}) */
  public AlertRules alertRules() {
    return alertRules.get();
  }

  /** @return saved questions */
  public Questions questions() {
    return questions.get();
  }

  /** @return integration definitions and job triggers */
  public Integrations integrations() {
    return integrations.get();
  }

  /** @return the account's audit events */
  public AuditEvents auditEvents() {
    return auditEvents.get();
  }

  /** @return user groups, members and resource permissions (IAM endpoint) */
  public Iam iam() {
    return iam.get();
  }

  /** @return bulk synchronization jobs */
  public BulkSync sync() {
    return sync.get();
  }

  /** @return raw data of entities */
  public RawData rawData() {
    return rawData.get();
  }

  /** @return where this client sends its requests */
  public JupiterOneEndpoints endpoints() {
    return endpoints;
  }

  @Override
  public String toString() {
    return "JupiterOneClient{endpoints=" + endpoints + '}';
  }

  /** Builds a {@link JupiterOneClient}. */
  public static final class Builder extends ClientBuilder<Builder, JupiterOneClient> {
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");
    private Secret apiKey;
    private String accountId;
    private String region = "us";
    private boolean explicitBaseUrl;
    private URI graphqlBaseUrl;
    private URI iamUrl;

    private Builder() {}

    /**
     * @param apiKey a JupiterOne API key with API access enabled, sent as {@code Authorization: Bearer <key>}
     * @return this builder
     */
    public Builder apiKey(Secret apiKey) {
      this.apiKey = Arguments.requireNonNull("apiKey", apiKey);
      return this;
    }

    /**
     * @param accountId the account id, sent as {@code JupiterOne-Account} (the J1QL query
     *     {@code FIND jupiterone_account as a return a._accountId} answers it)
     * @return this builder
     */
    public Builder accountId(String accountId) {
      this.accountId = Arguments.requireNonBlank("accountId", accountId);
      return this;
    }

    /**
     * Chooses JupiterOne's hosts for a region: {@code https://api.<region>.jupiterone.io} (REST,
     * {@code /graphql}, {@code /rules/graphql}) and {@code https://graphql.<region>.jupiterone.io/}
     * (IAM). Default {@code us}, the only region the docs name.
     *
     * @param region the region sub-domain
     * @return this builder
     */
    public Builder region(String region) {
      Arguments.requireNonBlank("region", region);
      if (!REGION.matcher(region).matches()) {
        throw new IllegalArgumentException("region must be lower-case letters, digits and dashes, was " + region);
      }
      this.region = region;
      return this;
    }

    /**
     * Sets the API host explicitly (a proxy, a mock): REST, and unless
     * {@link #graphqlBaseUrl(String)} is set, {@code /graphql}, {@code /rules/graphql} and, unless
     * {@link #iamUrl(String)} is set, {@code /iam/graphql} on it.
     *
     * @param baseUrl an absolute http(s) URL
     * @return this builder
     */
    @Override
    public Builder baseUrl(String baseUrl) {
      super.baseUrl(baseUrl);
      this.explicitBaseUrl = true;
      return this;
    }

    /**
     * Serves {@code /graphql}, {@code /rules/graphql} (and, unless {@link #iamUrl(String)} is set,
     * {@code /iam/graphql}) from another host than REST, for example
     * {@code https://graphql.us.jupiterone.io}.
     *
     * @param graphqlBaseUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder graphqlBaseUrl(String graphqlBaseUrl) {
      this.graphqlBaseUrl = ServerUrls.parse("graphqlBaseUrl", graphqlBaseUrl);
      return this;
    }

    /**
     * Sets the IAM endpoint. The docs name two: {@code https://api.us.jupiterone.io/iam/graphql}
     * and {@code https://graphql.us.jupiterone.io/}.
     *
     * @param iamUrl the full endpoint URL
     * @return this builder
     */
    public Builder iamUrl(String iamUrl) {
      this.iamUrl = ServerUrls.parse("iamUrl", iamUrl);
      return this;
    }

    /**
     * Reads {@value #ENV_API_KEY} and {@value #ENV_ACCOUNT}, and if set {@value #ENV_REGION},
     * {@value #ENV_BASE_URL} and {@value #ENV_IAM_URL}, from the environment.
     *
     * @return this builder
     * @throws IllegalStateException naming the required variable that is missing
     */
    public Builder fromEnvironment() {
      return fromEnvironment(System.getenv());
    }

    /**
     * Reads the same variables as {@link #fromEnvironment()} from the given map.
     *
     * @param environment variable names to values
     * @return this builder
     * @throws IllegalStateException naming the required variable that is missing
     */
    public Builder fromEnvironment(Map<String, String> environment) {
      apiKey(Secret.of(requireVariable(environment, ENV_API_KEY)));
      accountId(requireVariable(environment, ENV_ACCOUNT));
      optional(environment, ENV_REGION).ifPresent(this::region);
      optional(environment, ENV_BASE_URL).ifPresent(this::baseUrl);
      optional(environment, ENV_IAM_URL).ifPresent(this::iamUrl);
      return this;
    }

    private static java.util.Optional<String> optional(Map<String, String> environment, String name) {
      String value = environment.get(name);
      return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
    }

    @Override
    public JupiterOneClient build() {
      if (apiKey == null) {
        throw new IllegalStateException("apiKey is required");
      }
      if (accountId == null) {
        throw new IllegalStateException("accountId is required");
      }
      JupiterOneEndpoints regional = JupiterOneEndpoints.forRegion(region);
      if (!explicitBaseUrl) {
        super.baseUrl(regional.api().toString());
      }
      io.secplat.core.ClientSettings settings = settings("JupiterOne");
      JupiterOneEndpoints endpoints = explicitBaseUrl || graphqlBaseUrl != null
          ? JupiterOneEndpoints.on(settings.baseUrl(), graphqlBaseUrl != null ? graphqlBaseUrl : settings.baseUrl())
          : regional;
      if (iamUrl != null) {
        endpoints = endpoints.withIam(iamUrl);
      }
      for (URI url : List.of(endpoints.graph(), endpoints.rules(), endpoints.iam())) {
        requireSecure(url == endpoints.iam() ? "iamUrl" : "graphqlBaseUrl", url);
      }
      Secret key = apiKey;
      String account = accountId;
      HttpStack http = new HttpStack(settings, new JupiterOneProfile(), template -> {
        template.header("Authorization", "Bearer " + key.reveal());
        template.header("JupiterOne-Account", account);
      }, List.of(key));
      return new JupiterOneClient(http, endpoints);
    }

    @Override
    public String toString() {
      return "JupiterOneClient.Builder{apiKey=" + (apiKey == null ? "unset" : apiKey) + ", accountId=" + accountId
          + ", region=" + region + '}';
    }
  }
}
