package io.secplat.jupiterone;

import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.jupiterone.generated.model.SyncEntity;
import io.secplat.jupiterone.generated.model.SyncRelationship;
import java.util.stream.IntStream;

/**
 * Runs one large synchronization job from a JVM of its own (started by {@link BulkSyncMemoryTest}
 * with a small heap): the objects are generated lazily, so only the client's own buffering can
 * use memory. Prints the finished job's counts on one line.
 */
public final class SyncMemoryProbe {
  private SyncMemoryProbe() {}

  public static void main(String[] args) {
    String baseUrl = args[0];
    int entities = Integer.parseInt(args[1]);
    int relationships = Integer.parseInt(args[2]);
    try (JupiterOneClient j1 = JupiterOneClient.builder().baseUrl(baseUrl).apiKey(Secret.of("probe-key-0001"))
        .accountId("probe").retryPolicy(RetryPolicy.none()).build()) {
      SyncReport report = j1.sync().run(SyncJobSpec.diff("memory-probe"),
          IntStream.range(0, entities).mapToObj(i -> new SyncEntity().key(String.format("host-%06d", i)).type("probe_host")
              .propertyClass("Host").displayName("host " + i).putAdditionalProperty("ip", "10.0." + (i / 250) + "." + (i % 250))),
          IntStream.range(0, relationships).mapToObj(i -> new SyncRelationship().key(String.format("link-%06d", i))
              .type("probe_host_connects_host").propertyClass("CONNECTS")
              .fromEntityKey(String.format("host-%06d", i)).toEntityKey(String.format("host-%06d", i + 1))));
      System.out.printf("status=%s entitiesCreated=%d relationshipsCreated=%d entitiesSent=%d relationshipsSent=%d batches=%d maxHeapMiB=%d%n",
          report.job().getStatus(), report.job().getNumEntitiesCreated(), report.job().getNumRelationshipsCreated(),
          report.entitiesSent(), report.relationshipsSent(), report.batches(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
  }
}
