package io.secplat.cli;

import io.secplat.core.Secret;
import io.secplat.mock.MockProviders;
import io.secplat.mock.veza.VezaMock;
import io.secplat.veza.VezaClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code secplat veza …}: saved queries, query specs and tags. Connects with
 * {@code VEZA_BASE_URL} and {@code VEZA_API_KEY}, or with {@code --mock} to an embedded Veza mock
 * provider.
 */
@Command(name = "veza", mixinStandardHelpOptions = true,
    description = {"Veza: saved queries, query specs and tags.",
        "Connects with VEZA_BASE_URL and VEZA_API_KEY, or to an embedded mock provider with --mock."},
    subcommands = {VezaQueriesCommand.class, VezaSpecCommand.class, VezaTagsCommand.class})
public final class VezaCommand {
  @Option(names = "--mock", description = "Run against an embedded Veza mock provider on a free loopback port.")
  boolean mock;

  /** An open connection: the client, and the mock provider behind it if any. */
  static final class Session implements AutoCloseable {
    final VezaClient veza;
    private final MockProviders mocks;

    private Session(VezaClient veza, MockProviders mocks) {
      this.veza = veza;
      this.mocks = mocks;
    }

    @Override
    public void close() {
      veza.close();
      if (mocks != null) {
        mocks.close();
      }
    }
  }

  Session open() {
    if (mock) {
      MockProviders mocks = MockProviders.start(0, new VezaMock());
      return new Session(VezaClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("mock-api-key")).build(), mocks);
    }
    return new Session(VezaClient.builder().fromEnvironment().build(), null);
  }
}
