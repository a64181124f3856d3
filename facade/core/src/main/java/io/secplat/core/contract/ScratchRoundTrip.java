package io.secplat.core.contract;

import io.secplat.core.Arguments;
import io.secplat.core.VendorClient;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A create/delete pair a conformance run may exercise on a scratch object
 * ({@link Conformance#allowWrites}): the object is created, and always deleted again, even when
 * reading the create's answer failed.
 *
 * <pre>{@code
 * ScratchRoundTrip.of(GuardianClient.class, "createNodeGroup/deleteNodeGroup",
 *     guardian -> String.valueOf(guardian.nodeGroups().create(new NodeGroupCreateAttributes()
 *         .name("secplat-conformance-" + UUID.randomUUID())).getId()),
 *     (guardian, id) -> guardian.nodeGroups().delete(Long.parseLong(id)));
 * }</pre>
 *
 * @param name the row's name, for example {@code createNodeGroup/deleteNodeGroup}
 * @param create creates the scratch object and returns its id
 * @param delete deletes the scratch object with that id
 */
public record ScratchRoundTrip(String name, Function<VendorClient, String> create, BiConsumer<VendorClient, String> delete) {

  /** Checks the parts. */
  public ScratchRoundTrip {
    Arguments.requireNonBlank("name", name);
    Arguments.requireNonNull("create", create);
    Arguments.requireNonNull("delete", delete);
  }

  /**
   * @param client the vendor client type
   * @param name the row's name
   * @param create creates the scratch object and returns its id
   * @param delete deletes it
   * @param <C> the vendor client type
   * @return the round trip
   */
  public static <C extends VendorClient> ScratchRoundTrip of(Class<C> client, String name, Function<C, String> create,
      BiConsumer<C, String> delete) {
    return new ScratchRoundTrip(name, c -> create.apply(client.cast(c)), (c, id) -> delete.accept(client.cast(c), id));
  }
}
