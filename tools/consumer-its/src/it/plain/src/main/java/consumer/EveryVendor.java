package consumer;

import io.secplat.britive.BritiveClient;
import io.secplat.core.Secret;
import io.secplat.guardian.GuardianClient;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.veza.VezaClient;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The service's reads from every vendor, one or two calls each, through the whole request
 * pipeline (auth, breaker, rate limit, retries, decoding of generated OpenAPI and GraphQL models).
 * Only JDK types cross its boundary, so a test can run it in a class loader of its own.
 */
public final class EveryVendor {
  private EveryVendor() {
  }

  /**
   * @param baseUrl the mock providers' base URL
   * @return one line per call: what the vendor answered
   */
  public static List<String> read(String baseUrl) {
    try (BritiveClient britive = BritiveClient.builder().baseUrl(baseUrl).token(Secret.of("test-kit-token")).build();
        VezaClient veza = VezaClient.builder().baseUrl(baseUrl).apiKey(Secret.of("test-kit-key")).build();
        GuardianClient guardian = GuardianClient.builder().baseUrl(baseUrl).apiKey(Secret.of("test-kit-api-key"))
            .secretKey(Secret.of("test-kit-secret-key")).build();
        JupiterOneClient j1 = JupiterOneClient.builder().baseUrl(baseUrl).apiKey(Secret.of("test-kit-key"))
            .accountId("test-kit-account").build()) {
      return List.of(
          "britive environments of app-1: " + britive.environments().list("app-1").size(),
          "veza saved queries: " + new SavedQueries(veza).names(),
          "guardian nodes of group 1: " + guardian.nodeGroups().nodes(1).stream().map(node -> node.getId())
              .collect(Collectors.toList()),
          "jupiterone vertex e-kit-1: " + j1.graph().vertex("e-kit-1").map(v -> v.getEntity().get_key()).orElse("none"),
          "jupiterone query: " + j1.query("find Person with _type='employee' return Person.name").stream()
              .map(Object::toString).collect(Collectors.toList()));
    }
  }
}
