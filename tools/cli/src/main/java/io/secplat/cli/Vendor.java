package io.secplat.cli;

import io.secplat.britive.BritiveClient;
import io.secplat.core.VendorClient;
import io.secplat.guardian.GuardianClient;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.mock.VendorMock;
import io.secplat.mock.britive.BritiveMock;
import io.secplat.mock.guardian.GuardianMock;
import io.secplat.mock.jupiterone.JupiterOneMock;
import io.secplat.mock.veza.VezaMock;
import io.secplat.veza.VezaClient;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the command line knows about one vendor: the variables that carry its connection (the
 * façade's own {@code fromEnvironment} names, read from the environment or a profile), how to build
 * its client from them, and its embedded mock provider for {@code --mock}.
 *
 * @param <C> the vendor's client
 */
final class Vendor<C extends VendorClient> {
  static final Vendor<BritiveClient> BRITIVE = new Vendor<>("Britive",
      List.of(BritiveClient.ENV_BASE_URL, BritiveClient.ENV_TOKEN), List.of(),
      variables -> BritiveClient.builder().fromEnvironment(variables).build(), BritiveMock::new,
      base -> Map.of(BritiveClient.ENV_BASE_URL, base, BritiveClient.ENV_TOKEN, "mock-token-0001"));

  static final Vendor<VezaClient> VEZA = new Vendor<>("Veza",
      List.of(VezaClient.ENV_BASE_URL, VezaClient.ENV_API_KEY), List.of(),
      variables -> VezaClient.builder().fromEnvironment(variables).build(), VezaMock::new,
      base -> Map.of(VezaClient.ENV_BASE_URL, base, VezaClient.ENV_API_KEY, "mock-api-key"));

  static final Vendor<GuardianClient> GUARDIAN = new Vendor<>("Guardian",
      List.of(GuardianClient.ENV_BASE_URL, GuardianClient.ENV_API_KEY, GuardianClient.ENV_SECRET_KEY), List.of(),
      variables -> GuardianClient.builder().fromEnvironment(variables).build(), GuardianMock::new,
      base -> Map.of(GuardianClient.ENV_BASE_URL, base, GuardianClient.ENV_API_KEY, "mock-api-key",
          GuardianClient.ENV_SECRET_KEY, "mock-secret-key"));

  static final Vendor<JupiterOneClient> JUPITERONE = new Vendor<>("JupiterOne",
      List.of(JupiterOneClient.ENV_API_KEY, JupiterOneClient.ENV_ACCOUNT),
      List.of(JupiterOneClient.ENV_REGION, JupiterOneClient.ENV_BASE_URL, JupiterOneClient.ENV_IAM_URL),
      variables -> JupiterOneClient.builder().fromEnvironment(variables).build(), JupiterOneMock::new,
      base -> Map.of(JupiterOneClient.ENV_API_KEY, "mock-key-0001", JupiterOneClient.ENV_ACCOUNT, "mock-account",
          JupiterOneClient.ENV_BASE_URL, base));

  final String name;
  final List<String> required;
  final List<String> optional;
  private final Function<Map<String, String>, C> build;
  private final Supplier<VendorMock> mock;
  private final Function<String, Map<String, String>> mockVariables;

  private Vendor(String name, List<String> required, List<String> optional, Function<Map<String, String>, C> build,
      Supplier<VendorMock> mock, Function<String, Map<String, String>> mockVariables) {
    this.name = name;
    this.required = required;
    this.optional = optional;
    this.build = build;
    this.mock = mock;
    this.mockVariables = mockVariables;
  }

  /** @return every variable this vendor reads, required first */
  List<String> variables() {
    return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
  }

  C client(Map<String, String> variables) {
    return build.apply(variables);
  }

  VendorMock mock() {
    return mock.get();
  }

  Map<String, String> mockVariables(String baseUrl) {
    return mockVariables.apply(baseUrl);
  }
}
