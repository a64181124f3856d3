package io.secplat.cli;

import io.secplat.guardian.DiffOptions;
import io.secplat.guardian.EventQuery;
import io.secplat.guardian.GroupDiffOptions;
import io.secplat.guardian.IgnoreCategory;
import io.secplat.guardian.LatestResultsOptions;
import io.secplat.guardian.NodeScanSearch;
import io.secplat.guardian.TaskStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Read commands for the Guardian resources beyond nodes, node groups, environments, scans and the
 * change report; each action is one façade call printed by {@link ReadCommand}.
 */
final class GuardianResourcesCommands {
  private GuardianResourcesCommands() {}

  /** {@code secplat guardian events list|types}. */
  @Command(name = "events", mixinStandardHelpOptions = true, description = "Search events by saved view or query; list event types.")
  static final class Events extends ReadCommand.Guardian {
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
        @Mixin Limit limit, @Mixin OutputOptions output) {
      EventQuery query = (selection.view != null ? EventQuery.view(selection.view) : EventQuery.query(selection.query))
          .withPerPage(perPage);
      return read(output, limit, guardian -> guardian.events().list(query));
    }

    @Command(name = "types", mixinStandardHelpOptions = true, description = "List the event types.")
    int types(@Mixin OutputOptions output) {
      return read(output, guardian -> guardian.events().types());
    }
  }

  /** {@code secplat guardian incidents list|get}. */
  @Command(name = "incidents", mixinStandardHelpOptions = true, description = "List and show incidents.")
  static final class Incidents extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List incidents, page by page.")
    int list(@Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.incidents().list());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one incident.")
    int get(@Parameters(paramLabel = "INCIDENT_ID", description = "The incident's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.incidents().get(id));
    }
  }

  /** {@code secplat guardian jobs list|get|tasks}. */
  @Command(name = "jobs", mixinStandardHelpOptions = true, description = "List and show jobs and their tasks.")
  static final class Jobs extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List jobs, page by page.")
    int list(@Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.jobs().list());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one job.")
    int get(@Parameters(paramLabel = "JOB_ID", description = "The job's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.jobs().get(id));
    }

    @Command(name = "tasks", mixinStandardHelpOptions = true, description = "List the tasks of a job.")
    int tasks(@Parameters(paramLabel = "JOB_ID", description = "The job's id.") long id,
        @Option(names = "--status", description = "Only tasks in this status: ${COMPLETION-CANDIDATES}.") TaskStatus status,
        @Mixin OutputOptions output) {
      return read(output, guardian -> status == null ? guardian.jobs().tasks(id) : guardian.jobs().tasks(id, status));
    }
  }

  /** {@code secplat guardian policies …}. */
  @Command(name = "policies", mixinStandardHelpOptions = true,
      description = "List, show and look up policies; their versions, target nodes and results.")
  static final class Policies extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List policies, page by page.")
    int list(@Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.policies().list());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one policy.")
    int get(@Parameters(paramLabel = "POLICY_ID", description = "The policy's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.policies().get(id));
    }

    @Command(name = "template", mixinStandardHelpOptions = true, description = "Show the template of a new policy.")
    int template(@Mixin OutputOptions output) {
      return read(output, guardian -> guardian.policies().template());
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Print the id of the policy with a name (or short description); exit 3 when there is none.")
    int lookup(@Parameters(paramLabel = "NAME", description = "The policy's name.") String name,
        @Option(names = "--short-description", description = "NAME is the policy's short description, not its name.")
        boolean shortDescription) {
      return lookup(guardian -> shortDescription ? guardian.policies().lookupByShortDescription(name)
          : guardian.policies().lookup(name));
    }

    @Command(name = "target-nodes", mixinStandardHelpOptions = true, description = "List the ids of the nodes a policy targets.")
    int targetNodes(@Parameters(paramLabel = "POLICY_ID", description = "The policy's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.policies().targetNodes(id));
    }

    @Command(name = "versions", mixinStandardHelpOptions = true, description = "List the versions of a policy.")
    int versions(@Parameters(paramLabel = "POLICY_ID", description = "The policy's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.policies().versions(id));
    }

    @Command(name = "results", mixinStandardHelpOptions = true, description = "Summarize the results of every policy, page by page.")
    int results(@Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.policies().results().summary());
    }

    @Command(name = "latest-results", mixinStandardHelpOptions = true, description = "Show the latest results of a policy.")
    int latestResults(@Parameters(paramLabel = "POLICY_ID", description = "The policy's id.") long id,
        @Option(names = "--failed-only", description = "Only failed results.") boolean failedOnly,
        @Option(names = "--node", paramLabel = "NODE_ID", description = "Only this node's results.") Long node,
        @Mixin OutputOptions output) {
      LatestResultsOptions options = LatestResultsOptions.defaults();
      options = failedOnly ? options.withFailedOnly(true) : options;
      LatestResultsOptions chosen = node == null ? options : options.withNode(node);
      return read(output, guardian -> guardian.policies().results().latest(id, chosen));
    }
  }

  /** {@code secplat guardian users list}. */
  @Command(name = "users", mixinStandardHelpOptions = true, description = "List users.")
  static final class Users extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users (or, with --invited, open invitations).")
    int list(@Option(names = "--invited", description = "List invited users instead.") boolean invited,
        @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.users().list(invited));
    }
  }

  /** {@code secplat guardian connection-managers list}. */
  @Command(name = "connection-managers", mixinStandardHelpOptions = true, description = "List connection managers.")
  static final class ConnectionManagers extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List connection managers.")
    int list(@Mixin OutputOptions output) {
      return read(output, guardian -> guardian.connectionManagers().list());
    }
  }

  /** {@code secplat guardian accounts list}. */
  @Command(name = "accounts", mixinStandardHelpOptions = true, description = "List the accounts a user belongs to.")
  static final class Accounts extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts of a user.")
    int list(@Parameters(paramLabel = "USER_ID", description = "The user's id.") long userId, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.accounts().list(userId));
    }
  }

  /** {@code secplat guardian change-requests list|get}. */
  @Command(name = "change-requests", mixinStandardHelpOptions = true, description = "List and show change requests.")
  static final class ChangeRequests extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List change requests, page by page.")
    int list(@Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.changeRequests().list());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one change request.")
    int get(@Parameters(paramLabel = "CHANGE_REQUEST_ID", description = "The change request's id.") long id,
        @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.changeRequests().get(id));
    }
  }

  /** {@code secplat guardian cis-benchmarks …}. */
  @Command(name = "cis-benchmarks", mixinStandardHelpOptions = true,
      description = "List CIS benchmarks, their rules and results.")
  static final class CisBenchmarks extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the CIS benchmarks in use, page by page.")
    int list(@Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.cisBenchmarks().list());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show the results of a CIS benchmark in a scope.")
    int get(@Parameters(paramLabel = "CIS_BENCHMARK_ID", description = "The CIS benchmark's id.") long id,
        @ArgGroup(exclusive = true, multiplicity = "0..1") ScopeOptions scope,
        @Option(names = "--timespan", paramLabel = "DAYS", description = "Over this many days (default: Guardian's).") Integer timespan,
        @Mixin OutputOptions output) {
      return read(output, guardian -> timespan == null ? guardian.cisBenchmarks().get(id, ScopeOptions.of(scope))
          : guardian.cisBenchmarks().get(id, ScopeOptions.of(scope), timespan));
    }

    @Command(name = "available", mixinStandardHelpOptions = true, description = "List the CIS benchmarks Guardian offers.")
    int available(@Option(names = "--active-only", description = "Only active benchmarks.") boolean activeOnly,
        @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.cisBenchmarks().available(activeOnly));
    }

    @Command(name = "summary", mixinStandardHelpOptions = true, description = "Summarize the results of every CIS benchmark.")
    int summary(@Option(names = "--timespan", paramLabel = "DAYS", description = "Over this many days (default: Guardian's).")
        Integer timespan, @Mixin OutputOptions output) {
      return read(output, guardian -> timespan == null ? guardian.cisBenchmarks().resultSummary()
          : guardian.cisBenchmarks().resultSummary(timespan));
    }

    @Command(name = "results", mixinStandardHelpOptions = true, description = "List the results of a CIS benchmark in a scope, page by page.")
    int results(@Parameters(paramLabel = "CIS_BENCHMARK_ID", description = "The CIS benchmark's id.") long id,
        @ArgGroup(exclusive = true, multiplicity = "0..1") ScopeOptions scope, @Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.cisBenchmarks().results(id, ScopeOptions.of(scope)));
    }

    @Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules of a CIS benchmark.")
    int rules(@Parameters(paramLabel = "BENCHMARK_ID", description = "The benchmark's id (as 'available' lists it).") String id,
        @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.cisBenchmarks().rules(id));
    }
  }

  /** {@code secplat guardian connection-manager-groups list|get}. */
  @Command(name = "connection-manager-groups", mixinStandardHelpOptions = true, description = "List and show connection manager groups.")
  static final class ConnectionManagerGroups extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List connection manager groups.")
    int list(@Mixin OutputOptions output) {
      return read(output, guardian -> guardian.connectionManagerGroups().list());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one connection manager group.")
    int get(@Parameters(paramLabel = "GROUP_ID", description = "The connection manager group's id.") long id,
        @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.connectionManagerGroups().get(id));
    }
  }

  /** {@code secplat guardian delayed-jobs list|get}. */
  @Command(name = "delayed-jobs", mixinStandardHelpOptions = true, description = "List and show delayed (queued) jobs.")
  static final class DelayedJobs extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List delayed jobs, page by page.")
    int list(@Option(names = "--search", description = "Only jobs whose handler matches this text.") String search,
        @Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> search == null ? guardian.delayedJobs().list() : guardian.delayedJobs().list(search));
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one delayed job.")
    int get(@Parameters(paramLabel = "DELAYED_JOB_ID", description = "The delayed job's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.delayedJobs().get(id));
    }
  }

  /** {@code secplat guardian diffs list}. */
  @Command(name = "diffs", mixinStandardHelpOptions = true, description = "List the differences found in a scope.")
  static final class Diffs extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List diffs in a scope and time window, page by page.")
    int list(@ArgGroup(exclusive = true, multiplicity = "0..1") ScopeOptions scope,
        @Option(names = "--from", paramLabel = "DATETIME", description = "From this time, for example 2024-01-01T00:00 (with --to).")
        LocalDateTime from,
        @Option(names = "--to", paramLabel = "DATETIME", description = "To this time (with --from).") LocalDateTime to,
        @Option(names = "--include-ignored", description = "Include ignored items.") boolean includeIgnored,
        @Option(names = "--per-page", defaultValue = "" + DiffOptions.DEFAULT_PER_PAGE,
            description = "Diffs per request (default ${DEFAULT-VALUE}).") int perPage,
        @Mixin Limit limit, @Mixin OutputOptions output) {
      DiffOptions options = DiffOptions.defaults().withScope(ScopeOptions.of(scope)).withPerPage(perPage);
      options = from != null || to != null ? options.withTimes(from, to) : options;
      DiffOptions chosen = includeIgnored ? options.withIncludeIgnored(true) : options;
      return read(output, limit, guardian -> guardian.diffs().list(chosen));
    }
  }

  /** {@code secplat guardian node-diffs …}. */
  @Command(name = "node-diffs", mixinStandardHelpOptions = true,
      description = "Compare nodes, scans and groups of nodes.")
  static final class NodeDiffs extends ReadCommand.Guardian {
    @Command(name = "last-scan", mixinStandardHelpOptions = true, description = "List what the last scan of a node changed.")
    int lastScan(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.nodes().diffs().lastScan(nodeId));
    }

    @Command(name = "between-nodes", mixinStandardHelpOptions = true, description = "List the differences between two nodes.")
    int betweenNodes(@Parameters(index = "0", paramLabel = "NODE_ID", description = "The node's id.") long nodeId,
        @Parameters(index = "1", paramLabel = "OTHER_NODE_ID", description = "The node to compare it with.") long otherId,
        @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.nodes().diffs().betweenNodes(nodeId, otherId));
    }

    @Command(name = "between-scans", mixinStandardHelpOptions = true, description = "List the differences between two scans.")
    int betweenScans(@Parameters(index = "0", paramLabel = "SCAN_ID", description = "The scan's id.") long scanId,
        @Parameters(index = "1", paramLabel = "OTHER_SCAN_ID", description = "The scan to compare it with.") long otherId,
        @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.nodes().diffs().betweenScans(scanId, otherId));
    }

    @Command(name = "across-nodes", mixinStandardHelpOptions = true, description = "Compare several nodes.")
    int acrossNodes(@Parameters(arity = "1..*", paramLabel = "NODE_ID", description = "The nodes' ids.") List<Long> ids,
        @Option(names = "--show-ignored", description = "Include ignored items.") boolean showIgnored,
        @Option(names = "--differences-only", description = "Only what differs.") boolean differencesOnly,
        @Mixin OutputOptions output) {
      GroupDiffOptions options = groupDiffOptions(showIgnored, differencesOnly);
      return read(output, guardian -> guardian.nodes().diffs().acrossNodes(ids, options));
    }

    @Command(name = "across-node-groups", mixinStandardHelpOptions = true, description = "Compare several node groups.")
    int acrossNodeGroups(@Parameters(arity = "1..*", paramLabel = "NODE_GROUP_ID", description = "The node groups' ids.")
        List<Long> ids,
        @Option(names = "--show-ignored", description = "Include ignored items.") boolean showIgnored,
        @Option(names = "--differences-only", description = "Only what differs.") boolean differencesOnly,
        @Mixin OutputOptions output) {
      GroupDiffOptions options = groupDiffOptions(showIgnored, differencesOnly);
      return read(output, guardian -> guardian.nodes().diffs().acrossNodeGroups(ids, options));
    }

    private static GroupDiffOptions groupDiffOptions(boolean showIgnored, boolean differencesOnly) {
      GroupDiffOptions options = GroupDiffOptions.defaults();
      options = showIgnored ? options.withShowIgnored(true) : options;
      return differencesOnly ? options.withShowDifference(true) : options;
    }
  }

  /** {@code secplat guardian event-actions list|get|template}. */
  @Command(name = "event-actions", mixinStandardHelpOptions = true, description = "List and show event actions.")
  static final class EventActions extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List event actions, page by page.")
    int list(@Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.eventActions().list());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one event action.")
    int get(@Parameters(paramLabel = "EVENT_ACTION_ID", description = "The event action's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.eventActions().get(id));
    }

    @Command(name = "template", mixinStandardHelpOptions = true, description = "Show the template of a new event action.")
    int template(@Mixin OutputOptions output) {
      return read(output, guardian -> guardian.eventActions().template());
    }
  }

  /** {@code secplat guardian event-views list|get|template}. */
  @Command(name = "event-views", mixinStandardHelpOptions = true, description = "List and show saved event views.")
  static final class EventViews extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List event views, page by page.")
    int list(@Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.eventViews().list());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one event view.")
    int get(@Parameters(paramLabel = "EVENT_VIEW_ID", description = "The event view's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.eventViews().get(id));
    }

    @Command(name = "template", mixinStandardHelpOptions = true, description = "Show the template of a new event view.")
    int template(@Mixin OutputOptions output) {
      return read(output, guardian -> guardian.eventViews().template());
    }
  }

  /** {@code secplat guardian legacy-events get}. */
  @Command(name = "legacy-events", mixinStandardHelpOptions = true, description = "Show events of the legacy (v1) event API.")
  static final class LegacyEvents extends ReadCommand.Guardian {
    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one legacy event.")
    int get(@Parameters(paramLabel = "EVENT_ID", description = "The event's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.legacyEvents().get(id));
    }
  }

  /** {@code secplat guardian ignores list}. */
  @Command(name = "ignores", mixinStandardHelpOptions = true, description = "List ignored items.")
  static final class Ignores extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the items ignored in a scope, by category.")
    int list(@Option(names = "--category", required = true, description = "The category: ${COMPLETION-CANDIDATES}.")
        IgnoreCategory category,
        @ArgGroup(exclusive = true, multiplicity = "0..1") ScopeOptions scope, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.ignores().list(ScopeOptions.of(scope), category));
    }
  }

  /** {@code secplat guardian integrations list|definitions}. */
  @Command(name = "integrations", mixinStandardHelpOptions = true, description = "List integrations and their definitions.")
  static final class Integrations extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the configured integrations.")
    int list(@Mixin OutputOptions output) {
      return read(output, guardian -> guardian.integrations().list());
    }

    @Command(name = "definitions", mixinStandardHelpOptions = true, description = "List the integration definitions.")
    int definitions(@Mixin OutputOptions output) {
      return read(output, guardian -> guardian.integrations().definitions());
    }
  }

  /** {@code secplat guardian node-scans …}. */
  @Command(name = "node-scans", mixinStandardHelpOptions = true, description = "List, show, compare and search node scans.")
  static final class NodeScans extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the scans of a node, page by page.")
    int list(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId,
        @Option(names = "--from", paramLabel = "DATE", description = "From this day, for example 2024-01-01 (with --to).") LocalDate from,
        @Option(names = "--to", paramLabel = "DATE", description = "To this day (with --from).") LocalDate to,
        @Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> from == null && to == null ? guardian.nodeScans().list(nodeId)
          : guardian.nodeScans().list(nodeId, from, to));
    }

    @Command(name = "latest", mixinStandardHelpOptions = true, description = "List the latest scans of a node.")
    int latest(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId,
        @Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.nodeScans().latest(nodeId));
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one node scan.")
    int get(@Parameters(paramLabel = "NODE_SCAN_ID", description = "The node scan's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.nodeScans().get(id));
    }

    @Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare a node scan with another.")
    int compare(@Parameters(index = "0", paramLabel = "NODE_SCAN_ID", description = "The node scan's id.") long id,
        @Parameters(index = "1", paramLabel = "SOURCE_ID", description = "The scan to compare it with.") long sourceId,
        @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.nodeScans().compare(id, sourceId));
    }

    @Command(name = "search", mixinStandardHelpOptions = true, description = "Search the latest scans for a text.")
    int search(@Parameters(paramLabel = "TEXT", description = "What to search for.") String text,
        @Option(names = "--type", description = "Only this configuration item type.") String type,
        @Option(names = "--exact", description = "Match the text exactly.") boolean exact,
        @ArgGroup(exclusive = true, multiplicity = "0..1") ScopeOptions scope, @Mixin OutputOptions output) {
      NodeScanSearch search = NodeScanSearch.of(text).withScope(ScopeOptions.of(scope));
      search = type == null ? search : search.withType(type);
      NodeScanSearch chosen = exact ? search.withExactMatch(true) : search;
      return read(output, guardian -> guardian.nodeScans().search(chosen));
    }
  }

  /** {@code secplat guardian operating-system-families list|get}. */
  @Command(name = "operating-system-families", mixinStandardHelpOptions = true, description = "List and show operating system families.")
  static final class OperatingSystemFamilies extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List operating system families.")
    int list(@Mixin OutputOptions output) {
      return read(output, guardian -> guardian.operatingSystemFamilies().list());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one operating system family.")
    int get(@Parameters(paramLabel = "FAMILY_ID", description = "The family's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.operatingSystemFamilies().get(id));
    }
  }

  /** {@code secplat guardian operating-systems list|get|lookup}. */
  @Command(name = "operating-systems", mixinStandardHelpOptions = true, description = "List, show and look up operating systems.")
  static final class OperatingSystems extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List operating systems.")
    int list(@Mixin OutputOptions output) {
      return read(output, guardian -> guardian.operatingSystems().list());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one operating system.")
    int get(@Parameters(paramLabel = "OPERATING_SYSTEM_ID", description = "The operating system's id.") long id,
        @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.operatingSystems().get(id));
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Show the operating system a name or version string matches; exit 3 when none does.")
    int lookup(@Parameters(paramLabel = "QUERY", description = "For example \"Ubuntu 22.04\".") String query,
        @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.operatingSystems().lookup(query));
    }
  }

  /** {@code secplat guardian pluggables list|get|template}. */
  @Command(name = "pluggables", mixinStandardHelpOptions = true, description = "List and show pluggables (custom scan scripts).")
  static final class Pluggables extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List pluggables, page by page.")
    int list(@Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.pluggables().list());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one pluggable.")
    int get(@Parameters(paramLabel = "PLUGGABLE_ID", description = "The pluggable's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.pluggables().get(id));
    }

    @Command(name = "template", mixinStandardHelpOptions = true, description = "Show the template of a new pluggable.")
    int template(@Mixin OutputOptions output) {
      return read(output, guardian -> guardian.pluggables().template());
    }
  }

  /** {@code secplat guardian scheduled-jobs list|get}. */
  @Command(name = "scheduled-jobs", mixinStandardHelpOptions = true, description = "List and show scheduled jobs.")
  static final class ScheduledJobs extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List scheduled jobs, page by page.")
    int list(@Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.scheduledJobs().list());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one scheduled job.")
    int get(@Parameters(paramLabel = "SCHEDULED_JOB_ID", description = "The scheduled job's id.") long id,
        @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.scheduledJobs().get(id));
    }
  }

  /** {@code secplat guardian scores list}. */
  @Command(name = "scores", mixinStandardHelpOptions = true, description = "List scores.")
  static final class Scores extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List scores, page by page.")
    int list(@Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, guardian -> guardian.scores().list());
    }
  }

  /** {@code secplat guardian system-metrics list}. */
  @Command(name = "system-metrics", mixinStandardHelpOptions = true, description = "List system metrics.")
  static final class SystemMetrics extends ReadCommand.Guardian {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the system metrics.")
    int list(@Mixin OutputOptions output) {
      return read(output, guardian -> guardian.systemMetrics().list());
    }
  }

  /** {@code secplat guardian text-files get}. */
  @Command(name = "text-files", mixinStandardHelpOptions = true, description = "Show text files collected by scans.")
  static final class TextFiles extends ReadCommand.Guardian {
    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one text file.")
    int get(@Parameters(paramLabel = "TEXT_FILE_ID", description = "The text file's id.") long id, @Mixin OutputOptions output) {
      return read(output, guardian -> guardian.textFiles().get(id));
    }
  }
}
