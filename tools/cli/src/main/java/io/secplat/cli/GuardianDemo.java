package io.secplat.cli;

import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.paging.Page;
import io.secplat.guardian.ChangeReportOptions;
import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.generated.model.Node;
import io.secplat.guardian.generated.model.NodeGroup;
import io.secplat.guardian.generated.model.NodeGroupCreateAttributes;
import io.secplat.guardian.generated.model.NodeGroupUpdateAttributes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The demo's Guardian part: paging until a short page, node groups, lookups, a streamed CSV report. */
final class GuardianDemo {
  private GuardianDemo() {}

  static void run(String baseUrl, PrintWriter out) {
    try (GuardianClient guardian = GuardianClient.builder().baseUrl(baseUrl).apiKey(Secret.of("demo-api-key"))
        .secretKey(Secret.of("demo-secret-key")).retryPolicy(RetryPolicy.none()).build()) {
      steps(guardian, out);
    }
  }

  private static void steps(GuardianClient guardian, PrintWriter out) {
    List<Integer> pageSizes = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    for (Page<Node> page : guardian.nodes().list().pages()) {
      pageSizes.add(page.items().size());
      nodes.addAll(page.items());
    }
    out.printf("nodes, 20 per request: %d in %d requests (pages of %s), first %s, last %s%n", nodes.size(), pageSizes.size(),
        pageSizes, nodes.get(0).getName(), nodes.get(nodes.size() - 1).getName());
    long production = guardian.environments().lookup("Production").orElseThrow();
    List<Integer> environmentPages = new ArrayList<>();
    guardian.environments().nodes(production).pages().forEach(page -> environmentPages.add(page.items().size()));
    out.printf("nodes of environment Production (%d): %d in %d requests (pages of %s: the empty page ends it)%n", production,
        environmentPages.stream().mapToInt(Integer::intValue).sum(), environmentPages.size(), environmentPages);

    NodeGroup group = guardian.nodeGroups().create(new NodeGroupCreateAttributes().name("Demo Web").nodeRules("^web"));
    guardian.nodeGroups().addNodes(group.getId(), List.of(nodes.get(0).getId(), nodes.get(1).getId()));
    out.printf("created node group %d \"%s\" with members %s%n", group.getId(), group.getName(),
        guardian.nodeGroups().nodes(group.getId()).stream().map(Node::getName).collect(Collectors.toList()));
    guardian.nodeGroups().update(group.getId(), new NodeGroupUpdateAttributes().description("front ends"));
    out.printf("updated its description to \"%s\"%n", guardian.nodeGroups().get(group.getId()).getDescription());
    guardian.nodeGroups().delete(group.getId());
    out.printf("deleted it; lookup of \"Demo Web\" now: %s%n", guardian.nodeGroups().lookup("Demo Web"));
    out.printf("lookup of node \"no-such-node\": %s%n", guardian.nodes().lookupByName("no-such-node"));

    try (BufferedReader csv = new BufferedReader(new InputStreamReader(
        guardian.changeReport().csv(ChangeReportOptions.defaults().withLimit(5)), StandardCharsets.UTF_8))) {
      out.println("change report CSV, first lines as they stream in:");
      csv.lines().limit(3).forEach(line -> out.println("  " + line));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
