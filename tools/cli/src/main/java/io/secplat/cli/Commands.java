package io.secplat.cli;

import io.secplat.core.VendorClient;
import picocli.CommandLine.Model.CommandSpec;

/** What every command reaches through its place in the command tree. */
final class Commands {
  private Commands() {}

  /** @return the context of the command line this command belongs to */
  static CliContext context(CommandSpec spec) {
    Object root = spec.root().userObject();
    return root instanceof SecplatCli cli ? cli.context : CliContext.system();
  }

  /**
   * Connects to the vendor whose command this command sits under.
   *
   * @param spec the running command
   * @param vendor the vendor
   * @return the session; the caller closes it
   */
  static <C extends VendorClient> ConnectionOptions.Session<C> open(CommandSpec spec, Vendor<C> vendor) {
    for (CommandSpec at = spec; at != null; at = at.parent()) {
      if (at.userObject() instanceof VendorCommand command) {
        return command.connection().open(vendor, context(spec), command.overrides());
      }
    }
    throw new IllegalStateException(spec.qualifiedName() + " is not under a vendor command");
  }
}
