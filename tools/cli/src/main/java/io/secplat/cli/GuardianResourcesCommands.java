package io.secplat.cli;

import io.secplat.guardian.EventQuery;
import io.secplat.guardian.GuardianClient;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Read commands for more Guardian resources: events, incidents, jobs, policies, users, connection managers. */
final class GuardianResourcesCommands {
  private GuardianResourcesCommands() {}

  /** Prints what one call returns. */
  static void print(GuardianCommand guardian, OutputOptions output, long limit, Function<GuardianClient, Object> call) {
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      Object result = call.apply(session.client);
      if (result instanceof Iterable<?> rows) {
        output.write(rows, limit);
      } else {
        output.writeOne(result);
      }
    }
  }

  /** {@code secplat guardian events list|types}. */
  @Command(name = "events", mixinStandardHelpOptions = true, description = "Search events by saved view or query; list event types.")
  static final class Events {
    @ParentCommand
    GuardianCommand guardian;

    /** Exactly one way to select events. */
    static final class Selection {
      @Option(names = "--view", required = true, description = "A saved event view's name.")
      String view;

      @Option(names = "--query", required = true, description = "An event query, for example \"type=node_scan_failed\".")
      String query;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the events a view or query selects, page by page.")
    int list(@ArgGroup(exclusive = true, multiplicity = "1") Selection selection,
        @Option(names = "--per-page", defaultValue = "500", description = "Events per request (default ${DEFAULT-VALUE}).") int perPage,
        @Option(names = "--limit", description = "Print at most this many (default: all).") Long limit,
        @Mixin OutputOptions output) {
      EventQuery query = (selection.view != null ? EventQuery.view(selection.view) : EventQuery.query(selection.query))
          .withPerPage(perPage);
      print(guardian, output, limit == null ? Long.MAX_VALUE : limit, client -> client.events().list(query));
      return 0;
    }

    @Command(name = "types", mixinStandardHelpOptions = true, description = "List the event types.")
    int types(@Mixin OutputOptions output) {
      print(guardian, output, Long.MAX_VALUE, client -> client.events().types());
      return 0;
    }
  }

  /** {@code secplat guardian incidents list|get}. */
  @Command(name = "incidents", mixinStandardHelpOptions = true, description = "List and show incidents.")
  static final class Incidents {
    @ParentCommand
    GuardianCommand guardian;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List incidents, page by page.")
    int list(@Option(names = "--limit", description = "Print at most this many (default: all).") Long limit,
        @Mixin OutputOptions output) {
      print(guardian, output, limit == null ? Long.MAX_VALUE : limit, client -> client.incidents().list());
      return 0;
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one incident.")
    int get(@Parameters(paramLabel = "INCIDENT_ID", description = "The incident's id.") long incidentId,
        @Mixin OutputOptions output) {
      print(guardian, output, Long.MAX_VALUE, client -> client.incidents().get(incidentId));
      return 0;
    }
  }

  /** {@code secplat guardian jobs list|get|tasks}. */
  @Command(name = "jobs", mixinStandardHelpOptions = true, description = "List and show jobs and their tasks.")
  static final class Jobs {
    @ParentCommand
    GuardianCommand guardian;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List jobs, page by page.")
    int list(@Option(names = "--limit", description = "Print at most this many (default: all).") Long limit,
        @Mixin OutputOptions output) {
      print(guardian, output, limit == null ? Long.MAX_VALUE : limit, client -> client.jobs().list());
      return 0;
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one job.")
    int get(@Parameters(paramLabel = "JOB_ID", description = "The job's id.") long jobId, @Mixin OutputOptions output) {
      print(guardian, output, Long.MAX_VALUE, client -> client.jobs().get(jobId));
      return 0;
    }

    @Command(name = "tasks", mixinStandardHelpOptions = true, description = "List the tasks of a job.")
    int tasks(@Parameters(paramLabel = "JOB_ID", description = "The job's id.") long jobId, @Mixin OutputOptions output) {
      print(guardian, output, Long.MAX_VALUE, client -> client.jobs().tasks(jobId));
      return 0;
    }
  }

  /** {@code secplat guardian policies list|get|lookup}. */
  @Command(name = "policies", mixinStandardHelpOptions = true, description = "List, show and look up policies.")
  static final class Policies {
    @ParentCommand
    GuardianCommand guardian;

    @Spec
    CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List policies, page by page.")
    int list(@Option(names = "--limit", description = "Print at most this many (default: all).") Long limit,
        @Mixin OutputOptions output) {
      print(guardian, output, limit == null ? Long.MAX_VALUE : limit, client -> client.policies().list());
      return 0;
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one policy.")
    int get(@Parameters(paramLabel = "POLICY_ID", description = "The policy's id.") long policyId, @Mixin OutputOptions output) {
      print(guardian, output, Long.MAX_VALUE, client -> client.policies().get(policyId));
      return 0;
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Print the id of the policy with a name; exit 3 when there is none.")
    int lookup(@Parameters(paramLabel = "NAME", description = "The policy's name.") String name) {
      java.util.Optional<Long> id;
      try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
        id = session.client.policies().lookup(name);
      }
      spec.commandLine().getOut().println(id.map(String::valueOf).orElse("not found"));
      spec.commandLine().getOut().flush();
      return id.isPresent() ? 0 : ExitCode.NOT_FOUND.code;
    }
  }

  /** {@code secplat guardian users list}. */
  @Command(name = "users", mixinStandardHelpOptions = true, description = "List users.")
  static final class Users {
    @ParentCommand
    GuardianCommand guardian;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users (or, with --invited, open invitations).")
    int list(@Option(names = "--invited", description = "List invited users instead.") boolean invited,
        @Mixin OutputOptions output) {
      print(guardian, output, Long.MAX_VALUE, client -> client.users().list(invited));
      return 0;
    }
  }

  /** {@code secplat guardian connection-managers list}. */
  @Command(name = "connection-managers", mixinStandardHelpOptions = true, description = "List connection managers.")
  static final class ConnectionManagers {
    @ParentCommand
    GuardianCommand guardian;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List connection managers.")
    int list(@Mixin OutputOptions output) {
      print(guardian, output, Long.MAX_VALUE, client -> client.connectionManagers().list());
      return 0;
    }
  }
}
