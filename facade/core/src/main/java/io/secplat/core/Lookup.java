package io.secplat.core;

import io.secplat.core.error.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lookups by name or other key, where "nothing matches" is an answer rather than a failure: the
 * server's 404 becomes an empty {@link Optional}. Every other failure still throws.
 *
 * <pre>{@code
 * Optional<Long> id = Lookup.optional(() -> api.lookupNode(params).getNodeId());
 * }</pre>
 */
public final class Lookup {
  private Lookup() {}

  /**
   * Runs a lookup.
   *
   * @param lookup the call; it may return null when the server answers without a match
   * @param <T> the result type
   * @return the result, or empty when the server answered 404 or the call returned null
   */
  public static <T> Optional<T> optional(Supplier<T> lookup) {
    Arguments.requireNonNull("lookup", lookup);
    try {
      return Optional.ofNullable(lookup.get());
    } catch (NotFoundException miss) {
      return Optional.empty();
    }
  }
}
