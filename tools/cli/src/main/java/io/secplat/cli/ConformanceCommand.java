package io.secplat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.core.VendorClient;
import io.secplat.core.contract.Conformance;
import io.secplat.core.contract.ConformanceReport;
import io.secplat.core.contract.ConformanceRow;
import io.secplat.core.http.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code secplat <vendor> conformance}: every read-only operation of the vendor's façade against
 * the tenant, in strict contract mode ({@link Conformance}), one row per operation; exit code 9
 * when a response deviated from its contract.
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
    description = {"Run every read-only operation against the tenant in strict contract mode and print one row per "
        + "operation: ok, drift (JSON path, expected, found), error (the typed exception) or skipped (the reason).",
        "Ids come from the listings already run; --input gives what no listing provides (Britive's appId, "
            + "a Veza query spec as JSON: --input spec={...}).",
        "Exit code 9 when a response deviated from the contract, 1 when an operation failed otherwise."})
final class ConformanceCommand implements Callable<Integer> {
  /** The report's mapper, built by the first report: adding the command to the tree builds nothing. */
  private static final class Report {
    static final ObjectMapper JSON = Json.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the report as JSON to this file.")
  Path report;

  @Option(names = "--input", paramLabel = "NAME=VALUE",
      description = "A value for a façade parameter no listing provides, e.g. --input appId=app-1 (repeatable).")
  Map<String, String> inputs = new LinkedHashMap<>();

  @Option(names = "--allow-writes", description = "Also create and delete a scratch object where the API has a "
      + "create/delete pair (Guardian node group, JupiterOne entity, Britive environment group in --input appId, "
      + "under --input parentId or at the root; Veza saved query of --input nodeType, default OktaUser); it is "
      + "always deleted, even on failure.")
  boolean allowWrites;

  /** Adds {@code conformance} under each vendor command of the root command line. */
  static void addToEveryVendor(picocli.CommandLine root) {
    addToEveryVendor(root, java.util.Set.of());
  }

  /**
   * @param root the root command line
   * @param except vendor command lines that get no {@code conformance} (built for another subcommand alone)
   */
  static void addToEveryVendor(picocli.CommandLine root, java.util.Set<picocli.CommandLine> except) {
    root.getSubcommands().values().stream().filter(sub -> sub.getCommand() instanceof VendorCommand)
        .filter(vendor -> !except.contains(vendor))
        .forEach(vendor -> vendor.addSubcommand("conformance", new ConformanceCommand()));
  }

  @Override
  public Integer call() {
    VendorCommand command = vendorCommand();
    Vendor<? extends VendorClient> vendor = vendorOf(command);
    ConformanceReport result;
    try (ConnectionOptions.Session<? extends VendorClient> session =
        command.connection().open(vendor, Commands.context(spec), command.overrides(), true)) {
      Conformance conformance = Conformance.of(session.client);
      inputs.forEach(conformance::input);
      if (allowWrites) {
        conformance.allowWrites(ScratchObjects.of(vendor, inputs));
      }
      result = conformance.run();
    }
    PrintWriter out = spec.commandLine().getOut();
    result.rows().forEach(row -> out.println(row.describe()));
    out.println(result.vendor() + ": " + result.count(ConformanceRow.Status.ok) + " ok, "
        + result.count(ConformanceRow.Status.drift) + " drift, " + result.count(ConformanceRow.Status.error)
        + " error, " + result.count(ConformanceRow.Status.skipped) + " skipped");
    out.flush();
    if (report != null) {
      write(result);
    }
    if (result.drifted()) {
      return ExitCode.DRIFT.code;
    }
    return result.count(ConformanceRow.Status.error) > 0 ? ExitCode.FAILED.code : ExitCode.OK.code;
  }

  private void write(ConformanceReport result) {
    ObjectNode json = Report.JSON.createObjectNode();
    json.put("vendor", result.vendor());
    json.put("drifted", result.drifted());
    ObjectNode counts = json.putObject("counts");
    for (ConformanceRow.Status status : ConformanceRow.Status.values()) {
      counts.put(status.name(), result.count(status));
    }
    json.set("rows", Report.JSON.valueToTree(result.rows()));
    try {
      Report.JSON.writeValue(report.toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + report + ": " + e.getMessage(), e);
    }
  }

  private VendorCommand vendorCommand() {
    for (CommandSpec at = spec; at != null; at = at.parent()) {
      if (at.userObject() instanceof VendorCommand command) {
        return command;
      }
    }
    throw new IllegalStateException("conformance is not under a vendor command");
  }

  private static Vendor<? extends VendorClient> vendorOf(VendorCommand command) {
    if (command instanceof BritiveCommand) {
      return Vendor.BRITIVE;
    }
    if (command instanceof VezaCommand) {
      return Vendor.VEZA;
    }
    if (command instanceof GuardianCommand) {
      return Vendor.GUARDIAN;
    }
    return Vendor.JUPITERONE;
  }
}
