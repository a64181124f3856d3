package io.secplat.cli;

import io.secplat.jupiterone.JupiterOneClient;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How the {@code j1} commands reach JupiterOne: the API key only from the environment
 * ({@code JUPITERONE_API_KEY}; a key on the command line would show in process lists and shell
 * history), the account and hosts from the environment or from options.
 */
final class J1Connection {
  /** The environment the commands read; tests replace it. */
  static Map<String, String> environment = System.getenv();

  @Option(names = "--account", description = "The JupiterOne account id (default: $JUPITERONE_ACCOUNT).")
  String account;

  @Option(names = "--region", description = "The JupiterOne region (default: $JUPITERONE_REGION, else us).")
  String region;

  @Option(names = "--base-url", description = "An explicit API host, for example a proxy or a mock provider (default: $JUPITERONE_BASE_URL).")
  String baseUrl;

  JupiterOneClient client() {
    JupiterOneClient.Builder builder = JupiterOneClient.builder().fromEnvironment(withOptions());
    return builder.build();
  }

  private Map<String, String> withOptions() {
    Map<String, String> env = new java.util.HashMap<>(environment);
    if (account != null) {
      env.put(JupiterOneClient.ENV_ACCOUNT, account);
    }
    if (region != null) {
      env.put(JupiterOneClient.ENV_REGION, region);
    }
    if (baseUrl != null) {
      env.put(JupiterOneClient.ENV_BASE_URL, baseUrl);
    }
    return env;
  }
}
