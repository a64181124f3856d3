package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.ClientBuilder;
import io.secplat.core.Secret;
import io.secplat.core.VendorClient;
import io.secplat.core.http.HttpStack;
import io.secplat.guardian.generated.api.AccountsApi;
import io.secplat.guardian.generated.api.ChangeReportApi;
import io.secplat.guardian.generated.api.ChangeRequestsApi;
import io.secplat.guardian.generated.api.CisBenchmarksApi;
import io.secplat.guardian.generated.api.ConnectionManagerGroupsApi;
import io.secplat.guardian.generated.api.ConnectionManagersApi;
import io.secplat.guardian.generated.api.DelayedJobsApi;
import io.secplat.guardian.generated.api.DiffsApi;
import io.secplat.guardian.generated.api.EnvironmentsApi;
import io.secplat.guardian.generated.api.EventActionsApi;
import io.secplat.guardian.generated.api.EventViewsApi;
import io.secplat.guardian.generated.api.EventsApi;
import io.secplat.guardian.generated.api.EventsLegacyApi;
import io.secplat.guardian.generated.api.IgnoreApi;
import io.secplat.guardian.generated.api.IncidentsApi;
import io.secplat.guardian.generated.api.IntegrationsApi;
import io.secplat.guardian.generated.api.JobsApi;
import io.secplat.guardian.generated.api.NodeGroupsApi;
import io.secplat.guardian.generated.api.NodeScansApi;
import io.secplat.guardian.generated.api.NodesApi;
import io.secplat.guardian.generated.api.OperatingSystemFamiliesApi;
import io.secplat.guardian.generated.api.OperatingSystemsApi;
import io.secplat.guardian.generated.api.PluggablesApi;
import io.secplat.guardian.generated.api.PoliciesApi;
import io.secplat.guardian.generated.api.ScheduledJobsApi;
import io.secplat.guardian.generated.api.ScoresApi;
import io.secplat.guardian.generated.api.SystemMetricsApi;
import io.secplat.guardian.generated.api.TextFilesApi;
import io.secplat.guardian.generated.api.UsersApi;
import java.util.List;
import java.util.Map;

/**
 * The Guardian (UpGuard Core) entry point: every resource group of the v2 API. Immutable and
 * thread-safe, with one connection pool; build one per instance and share it.
 *
 * <pre>{@code
 * try (GuardianClient guardian = GuardianClient.builder()
 *     .baseUrl("https://app.upguard.com")
 *     .apiKey(Secret.of(System.getenv("GUARDIAN_API_KEY")))
 *     .secretKey(Secret.of(System.getenv("GUARDIAN_SECRET_KEY")))
 *     .build()) {
 *   guardian.nodes().list().forEach(node -> System.out.println(node.getName()));
 * }
 * }</pre>
 *
 * <p>Every request carries {@code Authorization: Token token="<api key><secret key>"}. The Rails
 * conventions of the API stay inside: callers pass ids and typed options, never a {@code .json}
 * suffix or a root key ({@code {"node": {...}}}); listings are lazy and end where Guardian's pages
 * end; lookups answer an empty {@link java.util.Optional} on a miss; CSV and PDF reports stream.
 * Reads, updates and deletes are retried by the {@link io.secplat.core.RetryPolicy}; creates and
 * other POSTs are not.
 */
public final class GuardianClient extends VendorClient {
  /** Environment variable holding the instance URL, read by {@link Builder#fromEnvironment()}. */
  public static final String ENV_BASE_URL = "GUARDIAN_BASE_URL";
  /** Environment variable holding the API key, read by {@link Builder#fromEnvironment()}. */
  public static final String ENV_API_KEY = "GUARDIAN_API_KEY";
  /** Environment variable holding the secret key, read by {@link Builder#fromEnvironment()}. */
  public static final String ENV_SECRET_KEY = "GUARDIAN_SECRET_KEY";
  static final String VENDOR = "Guardian";

  private final Accounts accounts;
  private final ChangeReports changeReport;
  private final ChangeRequests changeRequests;
  private final CisBenchmarks cisBenchmarks;
  private final ConnectionManagers connectionManagers;
  private final ConnectionManagerGroups connectionManagerGroups;
  private final DelayedJobs delayedJobs;
  private final Diffs diffs;
  private final Environments environments;
  private final EventActions eventActions;
  private final EventViews eventViews;
  private final Events events;
  private final LegacyEvents legacyEvents;
  private final IgnoreItems ignores;
  private final Incidents incidents;
  private final Integrations integrations;
  private final Jobs jobs;
  private final NodeGroups nodeGroups;
  private final NodeScans nodeScans;
  private final Nodes nodes;
  private final OperatingSystemFamilies operatingSystemFamilies;
  private final OperatingSystems operatingSystems;
  private final Pluggables pluggables;
  private final Policies policies;
  private final ScheduledJobs scheduledJobs;
  private final Scores scores;
  private final SystemMetrics systemMetrics;
  private final TextFiles textFiles;
  private final Users users;

  private GuardianClient(HttpStack http) {
    super(http);
    DocumentsApi documents = http.target(DocumentsApi.class);
    this.accounts = new Accounts(http.target(AccountsApi.class));
    this.changeReport = new ChangeReports(http.target(ChangeReportApi.class), documents);
    this.changeRequests = new ChangeRequests(http.target(ChangeRequestsApi.class));
    this.cisBenchmarks = new CisBenchmarks(http.target(CisBenchmarksApi.class), documents);
    this.connectionManagers = new ConnectionManagers(http.target(ConnectionManagersApi.class));
    this.connectionManagerGroups = new ConnectionManagerGroups(http.target(ConnectionManagerGroupsApi.class));
    this.delayedJobs = new DelayedJobs(http.target(DelayedJobsApi.class));
    this.diffs = new Diffs(http.target(DiffsApi.class), documents);
    this.environments = new Environments(http.target(EnvironmentsApi.class));
    this.eventActions = new EventActions(http.target(EventActionsApi.class));
    this.eventViews = new EventViews(http.target(EventViewsApi.class));
    this.events = new Events(http.target(EventsApi.class));
    this.legacyEvents = new LegacyEvents(http.target(EventsLegacyApi.class));
    this.ignores = new IgnoreItems(http.target(IgnoreApi.class));
    this.incidents = new Incidents(http.target(IncidentsApi.class));
    this.integrations = new Integrations(http.target(IntegrationsApi.class));
    this.jobs = new Jobs(http.target(JobsApi.class));
    this.nodeGroups = new NodeGroups(http.target(NodeGroupsApi.class));
    this.nodeScans = new NodeScans(http.target(NodeScansApi.class));
    this.nodes = new Nodes(http.target(NodesApi.class), documents);
    this.operatingSystemFamilies = new OperatingSystemFamilies(http.target(OperatingSystemFamiliesApi.class));
    this.operatingSystems = new OperatingSystems(http.target(OperatingSystemsApi.class));
    this.pluggables = new Pluggables(http.target(PluggablesApi.class));
    this.policies = new Policies(http.target(PoliciesApi.class), http.json(), documents);
    this.scheduledJobs = new ScheduledJobs(http.target(ScheduledJobsApi.class));
    this.scores = new Scores(http.target(ScoresApi.class));
    this.systemMetrics = new SystemMetrics(http.target(SystemMetricsApi.class));
    this.textFiles = new TextFiles(http.target(TextFilesApi.class));
    this.users = new Users(http.target(UsersApi.class));
  }

  /** @return a builder, e.g. {@code GuardianClient.builder().fromEnvironment().build()} */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the organisation accounts of users, e.g. {@code guardian.accounts().list(7)} */
  public Accounts accounts() {
    return accounts;
  }

  /** @return the change report (JSON items, CSV, aggregate CSV), e.g. {@code guardian.changeReport().csv(options)} */
  public ChangeReports changeReport() {
    return changeReport;
  }

  /** @return ServiceNow change requests, e.g. {@code guardian.changeRequests().list()} */
  public ChangeRequests changeRequests() {
    return changeRequests;
  }

  /** @return CIS benchmarks, their rules and results, e.g. {@code guardian.cisBenchmarks().list()} */
  public CisBenchmarks cisBenchmarks() {
    return cisBenchmarks;
  }

  /** @return connection managers, e.g. {@code guardian.connectionManagers().list()} */
  public ConnectionManagers connectionManagers() {
    return connectionManagers;
  }

  /** @return connection manager groups, e.g. {@code guardian.connectionManagerGroups().create("Windows")} */
  public ConnectionManagerGroups connectionManagerGroups() {
    return connectionManagerGroups;
  }

  /** @return background jobs of the appliance, e.g. {@code guardian.delayedJobs().list()} */
  public DelayedJobs delayedJobs() {
    return delayedJobs;
  }

  /** @return node scan item diffs (JSON or CSV), e.g. {@code guardian.diffs().list(DiffOptions.defaults())} */
  public Diffs diffs() {
    return diffs;
  }

  /** @return environments and their nodes, e.g. {@code guardian.environments().lookup("Production")} */
  public Environments environments() {
    return environments;
  }

  /** @return event actions, e.g. {@code guardian.eventActions().list()} */
  public EventActions eventActions() {
    return eventActions;
  }

  /** @return event views (saved event queries), e.g. {@code guardian.eventViews().list()} */
  public EventViews eventViews() {
    return eventViews;
  }

  /** @return events, external events and event types, e.g. {@code guardian.events().types()} */
  public Events events() {
    return events;
  }

  /** @return legacy timeline events, e.g. {@code guardian.legacyEvents().get(5)} */
  public LegacyEvents legacyEvents() {
    return legacyEvents;
  }

  /** @return ignore items of node groups and nodes, e.g. {@code guardian.ignores().list(Scope.nodeGroup(1), category)} */
  public IgnoreItems ignores() {
    return ignores;
  }

  /** @return ServiceNow incidents, e.g. {@code guardian.incidents().list()} */
  public Incidents incidents() {
    return incidents;
  }

  /** @return integrations and their definitions, e.g. {@code guardian.integrations().list()} */
  public Integrations integrations() {
    return integrations;
  }

  /** @return jobs and their tasks, e.g. {@code guardian.jobs().get(1)} */
  public Jobs jobs() {
    return jobs;
  }

  /** @return node groups, their members, users and policy versions, e.g. {@code guardian.nodeGroups().addNode(1, 311)} */
  public NodeGroups nodeGroups() {
    return nodeGroups;
  }

  /** @return node scans: listing, comparison, search, e.g. {@code guardian.nodeScans().get(9)} */
  public NodeScans nodeScans() {
    return nodeScans;
  }

  /** @return nodes, their scan results and diffs, e.g. {@code guardian.nodes().get(311)} */
  public Nodes nodes() {
    return nodes;
  }

  /** @return operating system families, e.g. {@code guardian.operatingSystemFamilies().list()} */
  public OperatingSystemFamilies operatingSystemFamilies() {
    return operatingSystemFamilies;
  }

  /** @return operating systems, e.g. {@code guardian.operatingSystems().lookup("Windows")} */
  public OperatingSystems operatingSystems() {
    return operatingSystems;
  }

  /** @return pluggables (custom scan scripts), e.g. {@code guardian.pluggables().list()} */
  public Pluggables pluggables() {
    return pluggables;
  }

  /** @return policies, their versions and results, e.g. {@code guardian.policies().get(1)} */
  public Policies policies() {
    return policies;
  }

  /** @return scheduled jobs, e.g. {@code guardian.scheduledJobs().cancelJobs(2)} */
  public ScheduledJobs scheduledJobs() {
    return scheduledJobs;
  }

  /** @return scores, e.g. {@code guardian.scores().list()} */
  public Scores scores() {
    return scores;
  }

  /** @return disk usage of an on-premise appliance, e.g. {@code guardian.systemMetrics().list()} */
  public SystemMetrics systemMetrics() {
    return systemMetrics;
  }

  /** @return text files captured by scans, e.g. {@code guardian.textFiles().get(20)} */
  public TextFiles textFiles() {
    return textFiles;
  }

  /** @return users: invitations, roles, removal, e.g. {@code guardian.users().invite("a+b@x.com", UserRole.MEMBER)} */
  public Users users() {
    return users;
  }

  /**
   * Builds a {@link GuardianClient}.
   *
   * <pre>{@code
   * GuardianClient guardian = GuardianClient.builder().baseUrl("https://app.upguard.com")
   *     .apiKey(Secret.of(apiKey)).secretKey(Secret.of(secretKey)).build();
   * }</pre>
   */
  public static final class Builder extends ClientBuilder<Builder, GuardianClient> {
    private Secret apiKey;
    private Secret secretKey;

    private Builder() {}

    /**
     * Sets the API key, e.g. {@code apiKey(Secret.of(System.getenv("GUARDIAN_API_KEY")))}.
     *
     * @param apiKey the user's API key, sent joined with the secret key
     * @return this builder
     */
    public Builder apiKey(Secret apiKey) {
      this.apiKey = checkedKey("apiKey", apiKey);
      return this;
    }

    /**
     * Sets the secret key, e.g. {@code secretKey(Secret.of(System.getenv("GUARDIAN_SECRET_KEY")))}.
     *
     * @param secretKey the user's secret key, sent right after the API key
     * @return this builder
     */
    public Builder secretKey(Secret secretKey) {
      this.secretKey = checkedKey("secretKey", secretKey);
      return this;
    }

    /**
     * Reads {@value #ENV_BASE_URL}, {@value #ENV_API_KEY} and {@value #ENV_SECRET_KEY} from the
     * environment, e.g. {@code GuardianClient.builder().fromEnvironment().build()}.
     *
     * @return this builder
     * @throws IllegalStateException naming the variable that is missing
     */
    public Builder fromEnvironment() {
      return fromEnvironment(System.getenv());
    }

    /**
     * Reads {@value #ENV_BASE_URL}, {@value #ENV_API_KEY} and {@value #ENV_SECRET_KEY} from the
     * given variables, e.g. {@code fromEnvironment(Map.of("GUARDIAN_BASE_URL", url, ...))}.
     *
     * @param environment variable names to values
     * @return this builder
     * @throws IllegalStateException naming the variable that is missing
     */
    public Builder fromEnvironment(Map<String, String> environment) {
      baseUrl(requireVariable(environment, ENV_BASE_URL));
      apiKey(Secret.of(requireVariable(environment, ENV_API_KEY)));
      return secretKey(Secret.of(requireVariable(environment, ENV_SECRET_KEY)));
    }

    @Override
    public GuardianClient build() {
      if (apiKey == null) {
        throw new IllegalStateException("apiKey is required");
      }
      if (secretKey == null) {
        throw new IllegalStateException("secretKey is required");
      }
      Secret token = Secret.of(apiKey.reveal() + secretKey.reveal());
      HttpStack http = new HttpStack(settings(VENDOR), new GuardianProfile(),
          template -> template.header("Authorization", "Token token=\"" + token.reveal() + "\""),
          List.of(token, apiKey, secretKey));
      return new GuardianClient(http);
    }

    @Override
    public String toString() {
      return "GuardianClient.Builder{apiKey=" + (apiKey == null ? "unset" : apiKey)
          + ", secretKey=" + (secretKey == null ? "unset" : secretKey) + '}';
    }

    /** A key goes inside {@code token="..."}: a quote or white space would break the header. */
    private static Secret checkedKey(String name, Secret key) {
      Arguments.requireNonNull(name, key);
      if (key.reveal().chars().anyMatch(c -> c == '"' || Character.isWhitespace(c))) {
        throw new IllegalArgumentException(name + " must not contain quotes or white space");
      }
      return key;
    }
  }
}
