package io.secplat.veza;

import io.secplat.core.Arguments;
import io.secplat.core.ClientBuilder;
import io.secplat.core.Secret;
import io.secplat.core.VendorClient;
import io.secplat.core.http.HttpStack;
import io.secplat.veza.generated.api.AssessmentQueriesApi;
import io.secplat.veza.generated.api.PrivateAssessmentsApi;
import io.secplat.veza.generated.api.QuerySpecsApi;
import io.secplat.veza.generated.api.TagPromotionsApi;
import io.secplat.veza.generated.api.VezaTagsApi;
import java.util.List;
import java.util.Map;

/**
 * The Veza entry point: saved queries, ad-hoc query specs, tags, tag promotions and the private
 * assessment APIs. Immutable and thread-safe, with one connection pool; share one per tenant.
 *
 * <pre>{@code
 * try (VezaClient veza = VezaClient.builder()
 *     .baseUrl("https://acme.vezacloud.com")
 *     .apiKey(Secret.of(System.getenv("VEZA_API_KEY")))
 *     .build()) {
 *   AssessmentQuerySpec spec = Query.from(node("OktaUser")).to(node("S3Bucket")).includeNodes().build();
 *   veza.querySpecs().nodes(spec, NodeListOptions.defaults()).stream().limit(10)
 *       .forEach(n -> System.out.println(n.getId()));
 * } catch (BadRequestException e) {
 *   System.err.println(e.errorCode().orElse("?") + ": " + e.getMessage());
 * }
 * }</pre>
 *
 * <p>Every request carries {@code Authorization: Bearer <key>}. Reads, deletes, updates and the
 * query-spec and private-analysis POSTs are retried; creates and tag writes are not.
 */
public final class VezaClient extends VendorClient {
  /** Environment variable holding the tenant URL, read by {@link Builder#fromEnvironment()}. */
  public static final String ENV_BASE_URL = "VEZA_BASE_URL";
  /** Environment variable holding the API key, read by {@link Builder#fromEnvironment()}. */
  public static final String ENV_API_KEY = "VEZA_API_KEY";

  private final SavedQueries savedQueries;
  private final QuerySpecs querySpecs;
  private final Tags tags;
  private final TagPromotions tagPromotions;
  private final PrivateAssessments privateAssessments;
  private final Oaa oaa;
  private final AssessmentReports reports;

  private VezaClient(HttpStack http) {
    super(http);
    this.savedQueries = new SavedQueries(http.target(AssessmentQueriesApi.class), http.json());
    this.querySpecs = new QuerySpecs(http.target(QuerySpecsApi.class));
    this.tags = new Tags(http.target(VezaTagsApi.class));
    this.tagPromotions = new TagPromotions(http.target(TagPromotionsApi.class));
    this.privateAssessments = new PrivateAssessments(http.target(PrivateAssessmentsApi.class));
    this.oaa = new Oaa(http.target(io.secplat.veza.generated.api.OaaProvidersApi.class),
        http.target(io.secplat.veza.generated.api.OaaDataSourcesApi.class), http.json());
    this.reports = new AssessmentReports(http.target(io.secplat.veza.generated.api.AssessmentReportsApi.class));
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return saved queries: CRUD and running them */
  public SavedQueries savedQueries() {
    return savedQueries;
  }

  /** @return ad-hoc query specs */
  public QuerySpecs querySpecs() {
    return querySpecs;
  }

  /** @return tags on graph nodes */
  public Tags tags() {
    return tags;
  }

  /** @return tag promotions (Early Access) */
  public TagPromotions tagPromotions() {
    return tagPromotions;
  }

  /** @return the private assessment APIs (Early Access) */
  public PrivateAssessments privateAssessments() {
    return privateAssessments;
  }

  /** @return the Open Authorization API: custom providers, data sources and pushing payloads */
  public Oaa oaa() {
    return oaa;
  }

  /** @return assessment reports (Early Access) */
  public AssessmentReports reports() {
    return reports;
  }

  /** Builds a {@link VezaClient}. */
  public static final class Builder extends ClientBuilder<Builder, VezaClient> {
    private Secret apiKey;

    private Builder() {}

    /**
     * @param apiKey the Veza API key, sent as {@code Authorization: Bearer <key>}
     * @return this builder
     */
    public Builder apiKey(Secret apiKey) {
      this.apiKey = Arguments.requireNonNull("apiKey", apiKey);
      return this;
    }

    /**
     * Reads {@value #ENV_BASE_URL} and {@value #ENV_API_KEY} from the environment.
     *
     * @return this builder
     * @throws IllegalStateException naming the variable that is missing
     */
    public Builder fromEnvironment() {
      return fromEnvironment(System.getenv());
    }

    /**
     * Reads {@value #ENV_BASE_URL} and {@value #ENV_API_KEY} from the given variables.
     *
     * @param environment variable names to values
     * @return this builder
     * @throws IllegalStateException naming the variable that is missing
     */
    public Builder fromEnvironment(Map<String, String> environment) {
      baseUrl(requireVariable(environment, ENV_BASE_URL));
      return apiKey(Secret.of(requireVariable(environment, ENV_API_KEY)));
    }

    @Override
    public VezaClient build() {
      if (apiKey == null) {
        throw new IllegalStateException("apiKey is required");
      }
      Secret key = apiKey;
      HttpStack http = new HttpStack(settings("Veza"), new VezaProfile(),
          template -> template.header("Authorization", "Bearer " + key.reveal()), List.of(key));
      return new VezaClient(http);
    }

    @Override
    public String toString() {
      return "VezaClient.Builder{apiKey=" + (apiKey == null ? "unset" : apiKey) + '}';
    }
  }
}
