package io.secplat.cli;

import picocli.CommandLine.Command;

/** {@code secplat j1}: JupiterOne from the command line. */
@Command(name = "j1", mixinStandardHelpOptions = true,
    description = "JupiterOne: run J1QL queries and bulk synchronization jobs (credentials from JUPITERONE_API_KEY and JUPITERONE_ACCOUNT).",
    subcommands = {J1QueryCommand.class, J1SyncCommand.class})
final class J1Command {
}
