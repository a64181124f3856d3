package io.secplat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.core.error.BadRequestException;
import io.secplat.core.paging.Page;
import io.secplat.jupiterone.BatchLimits;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.QueryOptions;
import io.secplat.jupiterone.SyncJobSpec;
import io.secplat.jupiterone.SyncReport;
import io.secplat.jupiterone.generated.graphql.FilterType;
import io.secplat.jupiterone.generated.model.SyncEntity;
import io.secplat.jupiterone.generated.model.SyncRelationship;
import io.secplat.mock.jupiterone.JupiterOneMock;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The JupiterOne part of the demo: J1QL paged and deferred, counts, a bulk sync, the errors. */
final class JupiterOneDemo {
  private JupiterOneDemo() {}

  static void run(JupiterOneClient j1, JupiterOneMock mock, PrintWriter out) {
    out.println("== JupiterOne ==");
    List<Integer> pageSizes = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (Page<JsonNode> page : j1.query("FIND User").pages()) {
      pageSizes.add(page.items().size());
      page.items().forEach(row -> users.add(row.path("entity").path("displayName").asText()));
    }
    out.printf("J1QL FIND User: %d rows in pages of %s (cursor until null), first %s, last %s%n", users.size(), pageSizes,
        users.get(0), users.get(users.size() - 1));

    out.printf("J1QL with a parameter: %s%n", j1.query("find Person with _type=${type} return Person.name",
        QueryOptions.defaults().withVariable("type", "employee")).stream().map(JsonNode::toString).collect(Collectors.toList()));

    long policies = j1.query("FIND AccessPolicy", QueryOptions.defaults().deferred(Duration.ofSeconds(30), Duration.ofMillis(20),
        Duration.ofMillis(100))).stream().count();
    out.printf("deferred J1QL FIND AccessPolicy: %d rows (each page's state link polled until COMPLETED, then its results read)%n",
        policies);

    out.printf("entity counts per type of User and AccessPolicy: %s%n", j1.graph().typeCounts(List.of("User", "AccessPolicy"), FilterType.OR));

    SyncReport report = j1.sync().run(SyncJobSpec.diff("demo-hosts").withBatchLimits(new BatchLimits(250, 1_000_000)),
        IntStream.range(0, 1000).mapToObj(i -> new SyncEntity().key("host-" + i).type("demo_host").propertyClass("Host")),
        IntStream.range(0, 500).mapToObj(i -> new SyncRelationship().key("link-" + i).type("demo_host_connects_host")
            .propertyClass("CONNECTS").fromEntityKey("host-" + i).toEntityKey("host-" + (i + 1))));
    out.printf("bulk sync job %s: %s, %d entities and %d relationships created in %d uploads of at most 250%n",
        report.job().getId(), report.job().getStatus(), report.job().getNumEntitiesCreated(),
        report.job().getNumRelationshipsCreated(), report.batches());

    mock.rateLimitNextGraphQlRequests(1);
    out.printf("a rate limit inside an HTTP 200 was retried: %d Person row(s)%n", j1.query("FIND Person").stream().count());

    try {
      j1.query("FIND User WITH").iterator().hasNext();
    } catch (BadRequestException e) {
      out.printf("expected error: %s, code %s%n", e.getClass().getSimpleName(), e.errorCode().orElse("-"));
    }
  }
}
