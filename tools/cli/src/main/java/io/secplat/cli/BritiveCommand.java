package io.secplat.cli;

import io.secplat.britive.ListOptions;
import io.secplat.britive.TreeSummaryType;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code secplat britive …}: environments, accounts, permissions and groups of Britive applications. */
@Command(name = "britive", mixinStandardHelpOptions = true,
    description = {"Britive: environments, environment groups, accounts, permissions and groups of an application.",
        "Connects with BRITIVE_BASE_URL and BRITIVE_TOKEN (environment or profile), or to an embedded mock provider with --mock."},
    subcommands = {BritiveCommand.Environments.class, BritiveCommand.Accounts.class, BritiveCommand.Permissions.class,
        BritiveCommand.Groups.class})
final class BritiveCommand implements VendorCommand {
  @Mixin
  ConnectionOptions connection;

  @Override
  public ConnectionOptions connection() {
    return connection;
  }

  /** Paging, sorting and filtering of Britive lists. */
  static final class Paging {
    @Option(names = "--page-size", defaultValue = "100", description = "Items per request (default ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--sort", paramLabel = "FIELD,DIR", description = "A sort, for example nativeName,asc.")
    String sort;

    @Option(names = "--filter", paramLabel = "EXPR", description = "A filter, for example \"scanStatus eq Unchanged\".")
    String filter;

    @Option(names = "--limit", description = "Print at most this many (default: all).")
    long limit = Long.MAX_VALUE;

    ListOptions options() {
      ListOptions options = ListOptions.defaults().withPageSize(pageSize);
      options = sort == null ? options : options.withSort(sort);
      return filter == null ? options : options.withFilter(filter);
    }
  }

  /** {@code secplat britive environments …}. */
  @Command(name = "environments", mixinStandardHelpOptions = true,
      description = "List, summarize, create and delete environments and environment groups of an application.")
  static final class Environments extends ReadCommand.Britive {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the environments of an application.")
    int list(@Parameters(paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Mixin OutputOptions output) {
      return read(output, britive -> britive.environments().list(appId));
    }

    @Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Summarize an application's environment tree: its environments or its environment groups.")
    int summary(@Parameters(paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Option(names = "--type", defaultValue = "ENVIRONMENTS", description = "What to summarize: ${COMPLETION-CANDIDATES} "
            + "(default ${DEFAULT-VALUE}).") TreeSummaryType type,
        @Mixin OutputOptions output) {
      return read(output, britive -> britive.environments().summarize(appId, type));
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an environment and print it.")
    int create(@Parameters(paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Option(names = "--name", required = true, description = "The environment's name.") String name,
        @Option(names = "--parent-group", required = true, paramLabel = "GROUP_ID",
            description = "The environment group it belongs to.") String parentGroupId,
        @Option(names = "--description", description = "A description.") String description,
        @Mixin OutputOptions output) {
      return read(output, britive -> britive.environments().create(appId, name, parentGroupId, description));
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an environment.")
    int delete(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "ENV_ID", description = "The environment's id.") String envId) {
      return run(britive -> britive.environments().delete(appId, envId), "deleted environment " + envId);
    }

    @Command(name = "create-group", mixinStandardHelpOptions = true, description = "Create an environment group and print it.")
    int createGroup(@Parameters(paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Option(names = "--name", required = true, description = "The group's name.") String name,
        @Option(names = "--parent", required = true, paramLabel = "GROUP_ID", description = "The parent group's id.") String parentId,
        @Option(names = "--description", description = "A description.") String description,
        @Mixin OutputOptions output) {
      return read(output, britive -> britive.environments().createGroup(appId, name, parentId, description));
    }

    @Command(name = "delete-group", mixinStandardHelpOptions = true, description = "Delete an environment group.")
    int deleteGroup(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "GROUP_ID", description = "The environment group's id.") String groupId) {
      return run(britive -> britive.environments().deleteGroup(appId, groupId), "deleted environment group " + groupId);
    }
  }

  /** {@code secplat britive accounts …}. */
  @Command(name = "accounts", mixinStandardHelpOptions = true,
      description = "List the accounts of an environment, their permissions and groups; map and unmap users.")
  static final class Accounts extends ReadCommand.Britive {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts of an environment, page by page.")
    int list(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "ENV_ID", description = "The environment's id.") String envId,
        @Mixin Paging paging, @Mixin OutputOptions output) {
      return read(output, paging.limit, britive -> britive.accounts().list(appId, envId, paging.options()));
    }

    @Command(name = "permissions", mixinStandardHelpOptions = true, description = "List the permissions of an account.")
    int permissions(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "ENV_ID", description = "The environment's id.") String envId,
        @Parameters(index = "2", paramLabel = "ACCOUNT_ID", description = "The account's id.") String accountId,
        @Mixin Paging paging, @Mixin OutputOptions output) {
      return read(output, paging.limit,
          britive -> britive.accounts().permissions(appId, envId, accountId, paging.options()));
    }

    @Command(name = "groups", mixinStandardHelpOptions = true, description = "List the groups of an account.")
    int groups(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "ENV_ID", description = "The environment's id.") String envId,
        @Parameters(index = "2", paramLabel = "ACCOUNT_ID", description = "The account's id.") String accountId,
        @Mixin Paging paging, @Mixin OutputOptions output) {
      return read(output, paging.limit, britive -> britive.accounts().groups(appId, envId, accountId, paging.options()));
    }

    @Command(name = "map-users", mixinStandardHelpOptions = true, description = "Map users to an account.")
    int mapUsers(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "ENV_ID", description = "The environment's id.") String envId,
        @Parameters(index = "2", paramLabel = "ACCOUNT_ID", description = "The account's id.") String accountId,
        @Parameters(index = "3..*", arity = "1..*", paramLabel = "USER_ID", description = "The ids of the users to map.")
        List<String> userIds) {
      return run(britive -> britive.accounts().mapUsers(appId, envId, accountId, userIds),
          "mapped " + userIds.size() + " user(s) to account " + accountId);
    }

    @Command(name = "unmap-user", mixinStandardHelpOptions = true, description = "Unmap a user from an account.")
    int unmapUser(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "ENV_ID", description = "The environment's id.") String envId,
        @Parameters(index = "2", paramLabel = "ACCOUNT_ID", description = "The account's id.") String accountId,
        @Parameters(index = "3", paramLabel = "USER_ID", description = "The user's id.") String userId,
        @Option(names = "--force-checkin", description = "Check in the user's checked-out profiles first.") boolean forceCheckin) {
      return run(britive -> britive.accounts().unmapUser(appId, envId, accountId, userId, forceCheckin),
          "unmapped user " + userId + " from account " + accountId);
    }
  }

  /** {@code secplat britive permissions …}. */
  @Command(name = "permissions", mixinStandardHelpOptions = true,
      description = "List the permissions of an environment, and the accounts and groups holding one.")
  static final class Permissions extends ReadCommand.Britive {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the permissions of an environment, page by page.")
    int list(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "ENV_ID", description = "The environment's id.") String envId,
        @Option(names = "--include-members", description = "Include each permission's members.") boolean members,
        @Mixin Paging paging, @Mixin OutputOptions output) {
      return read(output, paging.limit,
          britive -> britive.permissions().list(appId, envId, paging.options().withIncludeMembers(members)));
    }

    @Command(name = "accounts", mixinStandardHelpOptions = true, description = "List the accounts holding a permission.")
    int accounts(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "ENV_ID", description = "The environment's id.") String envId,
        @Parameters(index = "2", paramLabel = "PERMISSION_ID", description = "The permission's id.") String permissionId,
        @Mixin Paging paging, @Mixin OutputOptions output) {
      return read(output, paging.limit,
          britive -> britive.permissions().accounts(appId, envId, permissionId, paging.options()));
    }

    @Command(name = "groups", mixinStandardHelpOptions = true, description = "List the groups holding a permission.")
    int groups(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "ENV_ID", description = "The environment's id.") String envId,
        @Parameters(index = "2", paramLabel = "PERMISSION_ID", description = "The permission's id.") String permissionId,
        @Mixin Paging paging, @Mixin OutputOptions output) {
      return read(output, paging.limit,
          britive -> britive.permissions().groups(appId, envId, permissionId, paging.options()));
    }
  }

  /** {@code secplat britive groups …}. */
  @Command(name = "groups", mixinStandardHelpOptions = true,
      description = "List the groups of an environment, and their accounts and permissions.")
  static final class Groups extends ReadCommand.Britive {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the groups of an environment, page by page.")
    int list(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "ENV_ID", description = "The environment's id.") String envId,
        @Option(names = "--include-members", description = "Include each group's members.") boolean members,
        @Mixin Paging paging, @Mixin OutputOptions output) {
      return read(output, paging.limit,
          britive -> britive.groups().list(appId, envId, paging.options().withIncludeMembers(members)));
    }

    @Command(name = "accounts", mixinStandardHelpOptions = true, description = "List the accounts of a group.")
    int accounts(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "ENV_ID", description = "The environment's id.") String envId,
        @Parameters(index = "2", paramLabel = "GROUP_ID", description = "The group's id.") String groupId,
        @Mixin Paging paging, @Mixin OutputOptions output) {
      return read(output, paging.limit, britive -> britive.groups().accounts(appId, envId, groupId, paging.options()));
    }

    @Command(name = "permissions", mixinStandardHelpOptions = true, description = "List the permissions of a group.")
    int permissions(@Parameters(index = "0", paramLabel = "APP_ID", description = "The application's id.") String appId,
        @Parameters(index = "1", paramLabel = "ENV_ID", description = "The environment's id.") String envId,
        @Parameters(index = "2", paramLabel = "GROUP_ID", description = "The group's id.") String groupId,
        @Mixin Paging paging, @Mixin OutputOptions output) {
      return read(output, paging.limit,
          britive -> britive.groups().permissions(appId, envId, groupId, paging.options()));
    }
  }
}
