package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.mock.britive.BritiveMock;
import io.secplat.mock.jupiterone.JupiterOneMock;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every documented exit code, each produced for real against mock providers on 127.0.0.1 with injected faults. */
class ExitCodeTest {
  static final String TOKEN = "exit-code-token-0001";
  static MockProviders mocks;
  static Map<String, String> environment;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new BritiveMock(), new JupiterOneMock());
    environment = Map.of("BRITIVE_BASE_URL", mocks.baseUrl(), "BRITIVE_TOKEN", TOKEN);
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.faults().clear();
    mocks.resetState();
    mocks.server().resetRequests();
  }

  static SecplatCliAccess.Run britive(Map<String, String> env, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "britive";
    System.arraycopy(args, 0, all, 1, args.length);
    SecplatCliAccess.Run run = SecplatCliAccess.run(env, all);
    assertThat(run.out() + run.err()).doesNotContain(TOKEN);
    return run;
  }

  @Test
  void zeroOnSuccess() {
    SecplatCliAccess.Run run = britive(environment, "environments", "list", "app-1", "--output", "csv", "--columns", "environmentId");
    assertThat(run.exit()).isEqualTo(ExitCode.OK.code).isZero();
    assertThat(run.out()).isEqualTo("environmentId\r\n1111\r\n2222\r\n1212\r\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void oneForAnyOtherFailureSuchAsAConflict() {
    mocks.faults().next("/api/apps/.*", MockFault.status(409).body("{\"errorCode\":\"E1009\",\"message\":\"busy\"}"));
    SecplatCliAccess.Run run = britive(environment, "environments", "list", "app-1");
    assertThat(run.exit()).isEqualTo(ExitCode.FAILED.code).isEqualTo(1);
    assertThat(run.err()).startsWith("error: Britive GET /api/apps/app-1/environments answered HTTP 409").endsWith("\n")
        .hasLineCount(1).doesNotContain("\tat ");
  }

  @Test
  void twoForUsageErrors() {
    SecplatCliAccess.Run unknown = britive(environment, "environments", "list", "app-1", "--no-such-option");
    assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE.code).isEqualTo(2);
    assertThat(unknown.err()).startsWith("Unknown option: '--no-such-option'");

    SecplatCliAccess.Run format = britive(environment, "environments", "list", "app-1", "--output", "xml");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).startsWith("Invalid value for option '--output': expected one of table, json, jsonl, csv but was 'xml'");

    SecplatCliAccess.Run missing = britive(environment, "accounts", "list", "app-1");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).startsWith("Missing required parameter: 'ENV_ID'");

    SecplatCliAccess.Run blank = britive(environment, "environments", "delete", "app-1", " ");
    assertThat(blank.exit()).isEqualTo(2);
    assertThat(blank.err()).isEqualTo("error: envId must not be blank\n");
  }

  @Test
  void threeForNotFound() {
    SecplatCliAccess.Run run = britive(environment, "environments", "delete", "app-1", "no-such-env");
    assertThat(run.exit()).isEqualTo(ExitCode.NOT_FOUND.code).isEqualTo(3);
    assertThat(run.err()).isEqualTo("error: Britive DELETE /api/apps/app-1/environments/no-such-env answered HTTP 404 [MOCK-404]: "
        + "environment no-such-env does not exist\n");
  }

  @Test
  void fourForRejectedOrMissingCredentials() {
    SecplatCliAccess.Run rejected = britive(Map.of("BRITIVE_BASE_URL", mocks.baseUrl(), "BRITIVE_TOKEN", "not a token"),
        "environments", "list", "app-1");
    assertThat(rejected.exit()).isEqualTo(ExitCode.AUTH.code).isEqualTo(4);
    assertThat(rejected.err()).startsWith("error: Britive GET /api/apps/app-1/environments answered HTTP 401 [MOCK-401]")
        .doesNotContain("not a token");

    mocks.faults().next("/api/apps/.*", MockFault.status(403));
    SecplatCliAccess.Run forbidden = britive(environment, "environments", "list", "app-1");
    assertThat(forbidden.exit()).isEqualTo(4);
    assertThat(forbidden.err()).startsWith("error: Britive GET /api/apps/app-1/environments answered HTTP 403");

    SecplatCliAccess.Run missing = britive(Map.of("BRITIVE_BASE_URL", mocks.baseUrl()), "environments", "list", "app-1");
    assertThat(missing.exit()).isEqualTo(4);
    assertThat(missing.err()).startsWith("error: Britive credentials missing: BRITIVE_TOKEN is not set;");
  }

  @Test
  void fiveWhenRateLimitedAfterTheRetries() {
    mocks.faults().always("/api/apps/.*", MockFault.status(429).retryAfter("0"));
    SecplatCliAccess.Run run = britive(environment, "environments", "list", "app-1");
    assertThat(run.exit()).isEqualTo(ExitCode.RATE_LIMITED.code).isEqualTo(5);
    assertThat(run.err()).startsWith("error: Britive GET /api/apps/app-1/environments answered HTTP 429").hasLineCount(1);
    assertThat(mocks.server().getAllServeEvents()).hasSize(3);
  }

  @Test
  void fiveWhenJupiterOneReportsARateLimitInsideA200() {
    mocks.faults().always("/graphql", MockFault.status(200).body(
        "{\"data\":null,\"errors\":[{\"message\":\"Rate limit exceeded\",\"extensions\":{\"code\":\"RATE_LIMITED\"}}]}"));
    SecplatCliAccess.Run run = SecplatCliAccess.run(Map.of("JUPITERONE_API_KEY", "exit-code-key", "JUPITERONE_ACCOUNT", "acct",
        "JUPITERONE_BASE_URL", mocks.baseUrl()), "j1", "query", "FIND User");
    assertThat(run.exit()).isEqualTo(5);
    assertThat(run.err()).startsWith("error: ").contains("RATE_LIMITED").doesNotContain("exit-code-key");
  }

  @Test
  void sixForServerErrorsAndMaintenance() {
    mocks.faults().always("/api/apps/.*", MockFault.status(503));
    SecplatCliAccess.Run unavailable = britive(environment, "environments", "list", "app-1");
    assertThat(unavailable.exit()).isEqualTo(ExitCode.SERVER.code).isEqualTo(6);
    assertThat(unavailable.err()).startsWith("error: Britive GET /api/apps/app-1/environments answered HTTP 503");

    mocks.faults().clear();
    mocks.faults().next("/api/apps/.*", MockFault.status(503).body("{\"errorCode\":\"MAINT0001\",\"message\":\"under maintenance\"}"));
    SecplatCliAccess.Run maintenance = britive(environment, "environments", "list", "app-1");
    assertThat(maintenance.exit()).isEqualTo(6);
    assertThat(maintenance.err()).contains("MAINT0001");
  }

  @Test
  void sevenForDroppedOrRefusedConnections() throws Exception {
    mocks.faults().always("/api/apps/.*", MockFault.droppedConnection());
    SecplatCliAccess.Run dropped = britive(environment, "environments", "list", "app-1");
    assertThat(dropped.exit()).isEqualTo(ExitCode.NETWORK.code).isEqualTo(7);
    assertThat(dropped.err()).startsWith("error: ").hasLineCount(1);

    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    SecplatCliAccess.Run refused = britive(Map.of("BRITIVE_BASE_URL", "http://127.0.0.1:" + closedPort, "BRITIVE_TOKEN", TOKEN),
        "environments", "list", "app-1");
    assertThat(refused.exit()).isEqualTo(7);
    assertThat(refused.err()).startsWith("error: ").hasLineCount(1);
  }

  @Test
  void theTableInHelpIsTheEnum() {
    assertThat(ExitCode.helpList()).containsExactly(Map.entry("0", "Success."),
        Map.entry("1", ExitCode.FAILED.meaning), Map.entry("2", ExitCode.USAGE.meaning), Map.entry("3", ExitCode.NOT_FOUND.meaning),
        Map.entry("4", ExitCode.AUTH.meaning), Map.entry("5", ExitCode.RATE_LIMITED.meaning), Map.entry("6", ExitCode.SERVER.meaning),
        Map.entry("7", ExitCode.NETWORK.meaning), Map.entry("9", ExitCode.DRIFT.meaning));
    assertThat(SecplatCliAccess.run("--help").out()).contains("Exit codes:\n  0   Success.\n")
        .contains("  7   Network: connection refused or dropped, timeout, deadline exceeded.\n")
        .contains("  9   Contract drift: conformance found a deviation from the contract.\n");
    assertThat(SecplatCliAccess.run("britive", "--help").out())
        .contains("  9   Contract drift: conformance found a deviation from the contract.\n");
  }

  @Test
  void serverTextIsPrintedOnOneLineWithoutControlCharacters() {
    mocks.faults().next("/api/apps/.*", MockFault.status(409)
        .body("{\"errorCode\":\"E1\",\"message\":\"first\\nsecond \\u001b[2J\\rthird\"}"));
    SecplatCliAccess.Run run = britive(environment, "environments", "list", "app-1");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: ").hasLineCount(1).contains("first second  [2J third")
        .doesNotContain("\u001b");
  }
}
