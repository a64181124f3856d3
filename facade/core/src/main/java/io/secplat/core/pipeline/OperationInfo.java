package io.secplat.core.pipeline;

import java.util.Objects;

/**
 * What the pipeline knows of an operation: its name (the spec's operationId, for metrics and
 * messages), whether repeating it is safe, and whether its body streams to the caller.
 *
 * @param name the operation's name
 * @param safeToRepeat true for reads, idempotent writes, POSTs the contract marks
 *     {@code x-safe-to-repeat}, and GraphQL queries
 * @param streamed true when the body is handed to the caller as a stream (bounded by an idle
 *     timeout, not by {@code maxResponseBytes})
 */
public record OperationInfo(String name, boolean safeToRepeat, boolean streamed) {
  /** An operation the pipeline knows nothing about: not safe to repeat, not streamed. */
  public static final OperationInfo UNKNOWN = new OperationInfo("unknown", false, false);

  /** Checks the name. */
  public OperationInfo {
    Objects.requireNonNull(name, "name");
  }
}
