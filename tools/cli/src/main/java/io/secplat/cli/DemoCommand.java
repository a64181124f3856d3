package io.secplat.cli;

import io.secplat.core.Secret;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.mock.MockProviders;
import io.secplat.mock.britive.BritiveMock;
import io.secplat.mock.guardian.GuardianMock;
import io.secplat.mock.jupiterone.JupiterOneMock;
import io.secplat.mock.veza.VezaMock;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Starts the embedded mock providers and walks each vendor's façade through them, printing each step. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Start the embedded mock providers on a free loopback port and run the façades against them.")
final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    JupiterOneMock jupiterOneMock = new JupiterOneMock().j1qlPageSize(5);
    try (MockProviders mocks = MockProviders.start(0, new BritiveMock(), new VezaMock(), new GuardianMock(),
        jupiterOneMock)) {
      out.printf("Mock providers listening on %s%n%n", mocks.baseUrl());
      out.println("== Britive ==");
      BritiveDemo.run(mocks.baseUrl(), out);
      out.println();
      out.println("== Veza ==");
      VezaDemo.run(mocks.baseUrl(), out);
      out.println();
      out.println("== Guardian ==");
      GuardianDemo.run(mocks.baseUrl(), out);
      out.println();
      try (JupiterOneClient j1 = JupiterOneClient.builder().baseUrl(mocks.baseUrl())
          .apiKey(Secret.of("demo-key-0001")).accountId("demo-account").build()) {
        JupiterOneDemo.run(j1, jupiterOneMock, out);
      }
      out.println();
      out.println("Demo finished: every step above went over HTTP to the mock providers.");
      out.flush();
      return 0;
    }
  }
}
