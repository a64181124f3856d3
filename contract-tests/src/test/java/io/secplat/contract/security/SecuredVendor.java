package io.secplat.contract.security;

import io.secplat.britive.BritiveClient;
import io.secplat.core.Canary;
import io.secplat.core.ClientBuilder;
import io.secplat.core.HttpLogLevel;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.VendorClient;
import io.secplat.guardian.GuardianClient;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.veza.VezaClient;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The four vendors as the security tests see them: a builder carrying the vendor's canary
 * credentials, every URL setting the builder sends credentials to, one read that sends a
 * request to the base URL, and the packages of the generated interfaces.
 */
enum SecuredVendor {
  BRITIVE("Britive", "io.secplat.britive.generated.api", List.of(Canary.BRITIVE_TOKEN)) {
    @Override
    ClientBuilder<?, ? extends VendorClient> builder() {
      return BritiveClient.builder().token(Secret.of(Canary.BRITIVE_TOKEN));
    }

    @Override
    void read(VendorClient client) {
      ((BritiveClient) client).environments().list("app-1");
    }
  },
  VEZA("Veza", "io.secplat.veza.generated.api", List.of(Canary.VEZA_KEY)) {
    @Override
    ClientBuilder<?, ? extends VendorClient> builder() {
      return VezaClient.builder().apiKey(Secret.of(Canary.VEZA_KEY));
    }

    @Override
    void read(VendorClient client) {
      ((VezaClient) client).savedQueries().get("q-1");
    }
  },
  GUARDIAN("Guardian", "io.secplat.guardian.generated.api", List.of(Canary.GUARDIAN_API_KEY, Canary.GUARDIAN_SECRET_KEY)) {
    @Override
    ClientBuilder<?, ? extends VendorClient> builder() {
      return GuardianClient.builder().apiKey(Secret.of(Canary.GUARDIAN_API_KEY))
          .secretKey(Secret.of(Canary.GUARDIAN_SECRET_KEY));
    }

    @Override
    void read(VendorClient client) {
      ((GuardianClient) client).nodes().list().iterator().hasNext();
    }
  },
  JUPITERONE("JupiterOne", "io.secplat.jupiterone.generated.api", List.of(Canary.JUPITERONE_KEY)) {
    @Override
    ClientBuilder<?, ? extends VendorClient> builder() {
      return JupiterOneClient.builder().apiKey(Secret.of(Canary.JUPITERONE_KEY)).accountId("j1-account");
    }

    @Override
    void read(VendorClient client) {
      ((JupiterOneClient) client).rawData().entries("entity-1");
    }

    @Override
    List<Endpoint> endpoints() {
      return List.of(new Endpoint(this, "REST", this::read),
          new Endpoint(this, "GraphQL", c -> ((JupiterOneClient) c).query("FIND User").iterator().hasNext()),
          new Endpoint(this, "IAM", c -> ((JupiterOneClient) c).iam().groups().iterator().hasNext()));
    }
  };

  final String displayName;
  final String apiPackage;
  final List<String> canaries;

  SecuredVendor(String displayName, String apiPackage, List<String> canaries) {
    this.displayName = displayName;
    this.apiPackage = apiPackage;
    this.canaries = canaries;
  }

  /** @return a builder with the vendor's canary credentials and nothing else set */
  abstract ClientBuilder<?, ? extends VendorClient> builder();

  /** Sends one read to the base URL (REST). */
  abstract void read(VendorClient client);

  /**
   * @return one read per endpoint the client sends credentials to on its base URL: REST, and for
   *     JupiterOne also GraphQL ({@code /graphql}) and IAM ({@code /iam/graphql})
   */
  List<Endpoint> endpoints() {
    return List.of(new Endpoint(this, "REST", this::read));
  }

  /** One endpoint of a vendor, and a read that reaches it. */
  record Endpoint(SecuredVendor vendor, String name, Consumer<VendorClient> read) {
    @Override
    public String toString() {
      return vendor.displayName + " " + name;
    }
  }

  /** @return every endpoint of every vendor */
  static List<Endpoint> allEndpoints() {
    return java.util.Arrays.stream(values()).flatMap(v -> v.endpoints().stream()).toList();
  }

  /**
   * @param baseUrl the base URL
   * @return a client on it that does not retry, with short timeouts, logging every exchange in
   *     full (redacted) to the test output the build's canary scan reads
   */
  VendorClient client(String baseUrl) {
    return builder().baseUrl(baseUrl).retryPolicy(RetryPolicy.none()).logLevel(HttpLogLevel.FULL)
        .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5)).build();
  }

  /** A URL a vendor's builder sends credentials to, by setting name. */
  record UrlSetting(SecuredVendor vendor, String name, ClientBuilder<?, ? extends VendorClient> builder,
      Consumer<String> setter) {
    @Override
    public String toString() {
      return vendor.displayName + "." + name;
    }
  }

  /**
   * Every URL setting of every vendor's builder: the base URL, and JupiterOne's GraphQL and IAM
   * endpoints (set beside an https base URL, so that only the setting under test is insecure).
   *
   * @return a fresh builder per setting, with the setter and the build
   */
  static List<Supplier<UrlSetting>> urlSettings() {
    List<Supplier<UrlSetting>> settings = new java.util.ArrayList<>();
    for (SecuredVendor vendor : values()) {
      settings.add(() -> {
        ClientBuilder<?, ? extends VendorClient> builder = vendor.builder();
        return new UrlSetting(vendor, "baseUrl", builder, builder::baseUrl);
      });
    }
    settings.add(() -> {
      JupiterOneClient.Builder builder = (JupiterOneClient.Builder) JUPITERONE.builder();
      builder.baseUrl("https://api.us.jupiterone.io");
      return new UrlSetting(JUPITERONE, "graphqlBaseUrl", builder, builder::graphqlBaseUrl);
    });
    settings.add(() -> {
      JupiterOneClient.Builder builder = (JupiterOneClient.Builder) JUPITERONE.builder();
      builder.baseUrl("https://api.us.jupiterone.io");
      return new UrlSetting(JUPITERONE, "iamUrl", builder, builder::iamUrl);
    });
    return settings;
  }
}
