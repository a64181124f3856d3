package io.secplat.cli;

import io.secplat.britive.BritiveClient;
import io.secplat.britive.ListOptions;
import io.secplat.britive.TreeSummaryType;
import io.secplat.britive.generated.model.Account;
import io.secplat.britive.generated.model.Environment;
import io.secplat.britive.generated.model.EnvironmentGroup;
import io.secplat.britive.generated.model.EnvironmentListItem;
import io.secplat.britive.generated.model.EnvironmentNodeSummary;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.NotFoundException;
import io.secplat.core.error.UnauthorizedException;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** The demo's Britive part: the environment tree, paging, mapping, two expected errors. */
final class BritiveDemo {
  static final String APP = "app-1";
  static final String ENV = "1111";

  private BritiveDemo() {}

  static void run(String baseUrl, PrintWriter out) {
    try (BritiveClient britive = BritiveClient.builder().baseUrl(baseUrl)
        .token(Secret.of("demo-token-0001")).retryPolicy(RetryPolicy.none()).build()) {
      steps(britive, baseUrl, out);
    }
  }

  private static void steps(BritiveClient britive, String baseUrl, PrintWriter out) {
    List<EnvironmentListItem> environments = britive.environments().list(APP);
    out.printf("environments of %s: %s%n", APP,
        environments.stream().map(e -> e.getEnvironmentId() + " " + e.getEnvironmentName()).collect(Collectors.toList()));

    List<EnvironmentNodeSummary> groups = britive.environments().summarize(APP, TreeSummaryType.ENVIRONMENT_GROUPS);
    out.printf("environment groups: %s%n",
        groups.stream().map(g -> g.getId() + " " + g.getName() + " (" + g.getType() + ")").collect(Collectors.toList()));

    EnvironmentGroup group = britive.environments().createGroup(APP, "Demo Group", groups.get(0).getId(), "made by the demo");
    out.printf("created environment group %s \"%s\" under %s%n", group.getId(), group.getName(), group.getParentId());
    Environment env = britive.environments().create(APP, "Demo Env", group.getId(), null);
    out.printf("created environment %s \"%s\" (status %s)%n", env.getId(), env.getName(), env.getStatus());
    out.printf("environments now: %d%n", britive.environments().list(APP).size());
    britive.environments().delete(APP, env.getId());
    britive.environments().deleteGroup(APP, group.getId());
    out.printf("deleted them again; environments now: %d%n", britive.environments().list(APP).size());

    ListOptions pages = ListOptions.defaults().withPageSize(50).withSort("nativeName,asc");
    List<Account> accounts = britive.accounts().list(APP, ENV, pages).stream().collect(Collectors.toList());
    out.printf("accounts of environment %s, paged 50 at a time: %d, first %s, last %s%n", ENV, accounts.size(),
        accounts.get(0).getNativeName(), accounts.get(accounts.size() - 1).getNativeName());
    long privileged = britive.permissions().list(APP, ENV, ListOptions.defaults()).stream()
        .filter(p -> Boolean.TRUE.equals(p.getPrivileged())).count();
    out.printf("privileged permissions: %d%n", privileged);
    out.printf("first 3 accounts holding permission 46600: %s%n",
        britive.permissions().accounts(APP, ENV, "46600", ListOptions.defaults()).stream().limit(3)
            .map(a -> a.getAccountName()).collect(Collectors.toList()));
    britive.accounts().mapUsers(APP, ENV, "2800", List.of("user-id-1"));
    britive.accounts().unmapUser(APP, ENV, "2800", "u-42", true);
    out.println("mapped and unmapped users of account 2800");

    try {
      britive.environments().delete(APP, "no-such-env");
    } catch (NotFoundException e) {
      out.printf("expected error: %s (%s)%n", e.getClass().getSimpleName(), e.getMessage());
    }
    try (BritiveClient wrongToken = BritiveClient.builder().baseUrl(baseUrl).token(Secret.of("not a token")).build()) {
      wrongToken.environments().list(APP);
    } catch (UnauthorizedException e) {
      out.printf("expected error: %s, status %d, code %s%n", e.getClass().getSimpleName(), e.status(),
          e.errorCode().orElse("-"));
    }
  }
}
