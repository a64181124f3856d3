package io.secplat.cli;

import io.secplat.britive.BritiveClient;
import io.secplat.core.VendorClient;
import io.secplat.core.contract.ContractReading;
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
import java.util.function.BiFunction;
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
      (variables, strict) -> BritiveClient.builder().fromEnvironment(variables).strictContracts(strict).build(), BritiveMock::new,
      base -> Map.of(BritiveClient.ENV_BASE_URL, base, BritiveClient.ENV_TOKEN, "mock-token-0001"));

  static final Vendor<VezaClient> VEZA = new Vendor<>("Veza",
      List.of(VezaClient.ENV_BASE_URL, VezaClient.ENV_API_KEY), List.of(),
      (variables, strict) -> VezaClient.builder().fromEnvironment(variables).strictContracts(strict).build(), VezaMock::new,
      base -> Map.of(VezaClient.ENV_BASE_URL, base, VezaClient.ENV_API_KEY, "mock-api-key"));

  static final Vendor<GuardianClient> GUARDIAN = new Vendor<>("Guardian",
      List.of(GuardianClient.ENV_BASE_URL, GuardianClient.ENV_API_KEY, GuardianClient.ENV_SECRET_KEY), List.of(),
      (variables, strict) -> GuardianClient.builder().fromEnvironment(variables).strictContracts(strict).build(), GuardianMock::new,
      base -> Map.of(GuardianClient.ENV_BASE_URL, base, GuardianClient.ENV_API_KEY, "mock-api-key",
          GuardianClient.ENV_SECRET_KEY, "mock-secret-key"));

  static final Vendor<JupiterOneClient> JUPITERONE = new Vendor<>("JupiterOne",
      List.of(JupiterOneClient.ENV_API_KEY, JupiterOneClient.ENV_ACCOUNT),
      List.of(JupiterOneClient.ENV_REGION, JupiterOneClient.ENV_BASE_URL, JupiterOneClient.ENV_IAM_URL),
      (variables, strict) -> JupiterOneClient.builder().fromEnvironment(variables).strictContracts(strict).build(), JupiterOneMock::new,
      base -> Map.of(JupiterOneClient.ENV_API_KEY, "mock-key-0001", JupiterOneClient.ENV_ACCOUNT, "mock-account",
          JupiterOneClient.ENV_BASE_URL, base));

  final String name;
  final List<String> required;
  final List<String> optional;
  /** Builds the client from its variables; the flag is {@code strictContracts}. */
  private final BiFunction<Map<String, String>, Boolean, C> build;
  private final Supplier<VendorMock> mock;
  private final Function<String, Map<String, String>> mockVariables;

  private Vendor(String name, List<String> required, List<String> optional, BiFunction<Map<String, String>, Boolean, C> build,
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
    return build.apply(variables, ContractReading.strictByDefault());
  }

  /** @return a client that fails any call whose response deviates from its contract (for conformance) */
  C strictClient(Map<String, String> variables) {
    return build.apply(variables, true);
  }

  VendorMock mock() {
    return mock.get();
  }

  Map<String, String> mockVariables(String baseUrl) {
    return mockVariables.apply(baseUrl);
  }
}
