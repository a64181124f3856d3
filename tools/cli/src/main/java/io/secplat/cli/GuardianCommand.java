package io.secplat.cli;

import io.secplat.guardian.GuardianClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code secplat guardian ...}: Guardian from the command line, against the instance named by
 * {@code GUARDIAN_BASE_URL} with the keys in {@code GUARDIAN_API_KEY} and
 * {@code GUARDIAN_SECRET_KEY} (environment or profile file, never the command line, where other
 * users could read them), or against an embedded mock provider with {@code --mock}.
 */
@Command(name = "guardian", mixinStandardHelpOptions = true,
    description = {"Guardian: nodes, node groups, environments, scans, the change report, events, incidents, jobs, "
        + "policies, users, connection managers, accounts, change requests, CIS benchmarks, diffs, event actions and "
        + "views, ignores, integrations, node scans, operating systems, pluggables, scheduled jobs, scores, system "
        + "metrics and text files.",
        "Connects with GUARDIAN_BASE_URL, GUARDIAN_API_KEY and GUARDIAN_SECRET_KEY (environment or profile), "
            + "or to an embedded mock provider with --mock."},
    subcommands = {GuardianNodesCommand.class, GuardianNodeGroupsCommand.class, GuardianEnvironmentsCommand.class,
        GuardianScansCommand.class, GuardianChangeReportCommand.class, GuardianResourcesCommands.Events.class,
        GuardianResourcesCommands.Incidents.class, GuardianResourcesCommands.Jobs.class, GuardianResourcesCommands.Policies.class,
        GuardianResourcesCommands.Users.class, GuardianResourcesCommands.ConnectionManagers.class,
        GuardianResourcesCommands.Accounts.class, GuardianResourcesCommands.ChangeRequests.class,
        GuardianResourcesCommands.CisBenchmarks.class, GuardianResourcesCommands.ConnectionManagerGroups.class,
        GuardianResourcesCommands.DelayedJobs.class, GuardianResourcesCommands.Diffs.class,
        GuardianResourcesCommands.NodeDiffs.class, GuardianResourcesCommands.EventActions.class,
        GuardianResourcesCommands.EventViews.class, GuardianResourcesCommands.LegacyEvents.class,
        GuardianResourcesCommands.Ignores.class, GuardianResourcesCommands.Integrations.class,
        GuardianResourcesCommands.NodeScans.class, GuardianResourcesCommands.OperatingSystemFamilies.class,
        GuardianResourcesCommands.OperatingSystems.class, GuardianResourcesCommands.Pluggables.class,
        GuardianResourcesCommands.ScheduledJobs.class, GuardianResourcesCommands.Scores.class,
        GuardianResourcesCommands.SystemMetrics.class, GuardianResourcesCommands.TextFiles.class})
final class GuardianCommand implements VendorCommand {
  @Mixin
  ConnectionOptions connection;

  @Spec
  CommandSpec spec;

  @Override
  public ConnectionOptions connection() {
    return connection;
  }

  /** @return a session with a client for the instance the environment or profile names; the caller closes it */
  ConnectionOptions.Session<GuardianClient> open() {
    return Commands.open(spec, Vendor.GUARDIAN);
  }
}
