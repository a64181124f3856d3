package io.secplat.cli;

import java.util.Map;

/** A vendor's top-level command: it carries the connection options its subcommands inherit. */
interface VendorCommand {
  /** @return the connection options given on this command or any of its subcommands */
  ConnectionOptions connection();

  /** @return variables that options of this vendor set, overriding the environment and profile */
  default Map<String, String> overrides() {
    return Map.of();
  }
}
