package io.secplat.britive;

import io.secplat.britive.generated.api.AccountsApi;
import io.secplat.britive.generated.api.EnvironmentsApi;
import io.secplat.britive.generated.api.GroupsApi;
import io.secplat.britive.generated.api.PermissionsApi;
import io.secplat.core.Arguments;
import io.secplat.core.ClientBuilder;
import io.secplat.core.Secret;
import io.secplat.core.VendorClient;
import io.secplat.core.http.HttpStack;
import java.util.List;
import java.util.Map;

/**
 * The Britive entry point: environments, accounts, permissions and groups of an application.
 * Immutable and thread-safe, with one connection pool; build one per tenant and share it.
 *
 * <pre>{@code
 * try (BritiveClient britive = BritiveClient.builder()
 *     .baseUrl("https://acme.britive-app.com")
 *     .token(Secret.of(System.getenv("BRITIVE_TOKEN")))
 *     .build()) {
 *   britive.environments().list("app-1").forEach(e -> System.out.println(e.getEnvironmentName()));
 * } catch (NotFoundException e) {
 *   System.err.println("no such application: " + e.getMessage());
 * }
 * }</pre>
 *
 * <p>Every request carries {@code Authorization: TOKEN <token>}. Reads and deletes are retried
 * by the {@link io.secplat.core.RetryPolicy}; creates and mappings are not. A 503 with
 * {@code MAINT0001} throws {@link io.secplat.core.error.MaintenanceException} at once.
 */
public final class BritiveClient extends VendorClient {
  /** Environment variable holding the tenant URL, read by {@link Builder#fromEnvironment()}. */
  public static final String ENV_BASE_URL = "BRITIVE_BASE_URL";
  /** Environment variable holding the API token, read by {@link Builder#fromEnvironment()}. */
  public static final String ENV_TOKEN = "BRITIVE_TOKEN";

  private final Environments environments;
  private final Accounts accounts;
  private final Permissions permissions;
  private final Groups groups;

  private BritiveClient(HttpStack http) {
    super(http);
    this.environments = new Environments(http.target(EnvironmentsApi.class));
    this.accounts = new Accounts(http.target(AccountsApi.class));
    this.permissions = new Permissions(http.target(PermissionsApi.class));
    this.groups = new Groups(http.target(GroupsApi.class));
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return environments and environment groups */
  public Environments environments() {
    return environments;
  }

  /** @return accounts, their permissions, groups and users */
  public Accounts accounts() {
    return accounts;
  }

  /** @return permissions and their accounts and groups */
  public Permissions permissions() {
    return permissions;
  }

  /** @return groups and their accounts and permissions */
  public Groups groups() {
    return groups;
  }

  /** Builds a {@link BritiveClient}. */
  public static final class Builder extends ClientBuilder<Builder, BritiveClient> {
    private Secret token;

    private Builder() {}

    /**
     * @param token the Britive API token, sent as {@code Authorization: TOKEN <token>}
     * @return this builder
     */
    public Builder token(Secret token) {
      this.token = Arguments.requireNonNull("token", token);
      return this;
    }

    /**
     * Reads {@value #ENV_BASE_URL} and {@value #ENV_TOKEN} from the environment.
     *
     * @return this builder
     * @throws IllegalStateException naming the variable that is missing
     */
    public Builder fromEnvironment() {
      return fromEnvironment(System.getenv());
    }

    /**
     * Reads {@value #ENV_BASE_URL} and {@value #ENV_TOKEN} from the given variables.
     *
     * @param environment variable names to values
     * @return this builder
     * @throws IllegalStateException naming the variable that is missing
     */
    public Builder fromEnvironment(Map<String, String> environment) {
      baseUrl(requireVariable(environment, ENV_BASE_URL));
      return token(Secret.of(requireVariable(environment, ENV_TOKEN)));
    }

    @Override
    public BritiveClient build() {
      if (token == null) {
        throw new IllegalStateException("token is required");
      }
      Secret credential = token;
      HttpStack http = new HttpStack(settings("Britive"), new BritiveProfile(),
          template -> template.header("Authorization", "TOKEN " + credential.reveal()), List.of(credential));
      return new BritiveClient(http);
    }

    @Override
    public String toString() {
      return "BritiveClient.Builder{token=" + (token == null ? "unset" : token) + '}';
    }
  }
}
