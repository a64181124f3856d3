package io.secplat.cli;

import io.secplat.mock.Recording;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code secplat <vendor> record --target URL --out DIR [--port N] [--redact-field JSONPATH]}: a
 * proxy on 127.0.0.1 that forwards to the tenant and, when standard input ends (or a line is
 * entered), writes what it saw as WireMock stub mappings, redacted ({@link Recording}).
 */
@Command(name = "record", mixinStandardHelpOptions = true,
    description = {"Start a proxy on 127.0.0.1 that forwards to the tenant, and record its answers as WireMock stub "
        + "mappings for the test kit (SecplatMocks.withRecordings) and the standalone mock (--recordings DIR).",
        "Point any client, or the CLI with --base-url, at the proxy; press Enter (or close standard input) to stop "
            + "and write DIR/mappings. Credentials and the JupiterOne-Account header are never written; stubs match "
            + "on method, path and body."})
final class RecordCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--target", required = true, paramLabel = "URL", description = "The tenant's base URL to forward to.")
  String target;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The recording folder to write.")
  Path out;

  @Option(names = "--port", paramLabel = "N", description = "The proxy's port on 127.0.0.1 (default: a free one).")
  int port;

  @Option(names = "--redact-field", paramLabel = "JSONPATH",
      description = "Replace this answer field in the recording, e.g. $.data[*].email (repeatable).")
  List<String> redactFields = new ArrayList<>();

  /** Adds {@code record} under each vendor command of the root command line. */
  static void addToEveryVendor(picocli.CommandLine root) {
    addToEveryVendor(root, java.util.Set.of());
  }

  /**
   * @param root the root command line
   * @param except vendor command lines that get no {@code record} (built for another subcommand alone)
   */
  static void addToEveryVendor(picocli.CommandLine root, java.util.Set<picocli.CommandLine> except) {
    root.getSubcommands().values().stream().filter(sub -> sub.getCommand() instanceof VendorCommand)
        .filter(vendor -> !except.contains(vendor))
        .forEach(vendor -> vendor.addSubcommand("record", new RecordCommand()));
  }

  @Override
  public Integer call() throws IOException {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be from 0 to 65535, was " + port);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Recording recording = Recording.start(port, target, redactFields)) {
      out.println("recording: " + recording.baseUrl() + " -> " + recording.target()
          + " (press Enter or close standard input to stop and write " + this.out + ")");
      out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      int written = recording.stopAndWrite(this.out);
      out.println(written + " stub mappings written to " + this.out.resolve("mappings"));
      out.flush();
    }
    return ExitCode.OK.code;
  }
}
