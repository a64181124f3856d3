package io.secplat.jupiterone;

import io.secplat.core.Arguments;
import io.secplat.core.Poller;
import io.secplat.jupiterone.generated.model.StartSyncJobRequest;
import io.secplat.jupiterone.generated.model.StartSyncJobRequest.SourceEnum;
import io.secplat.jupiterone.generated.model.StartSyncJobRequest.SyncModeEnum;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What kind of synchronization job to run and how to upload to it. Immutable; each {@code with…}
 * returns a copy.
 *
 * <pre>{@code
 * SyncJobSpec.diff("my-scope")                         // replace everything in the scope
 *     .withBatchLimits(new BatchLimits(500, 2_000_000))
 *     .withProgress(p -> System.out.println(p.entitiesSent()));
 * SyncJobSpec.createOrUpdate();                        // add or change a subset, delete listed objects
 * }</pre>
 */
public final class SyncJobSpec {
  /** How long the client waits for a finalized job to finish, unless told otherwise. */
  public static final Duration DEFAULT_FINISH_DEADLINE = Duration.ofMinutes(10);

  private final SourceEnum source;
  private final SyncModeEnum mode;
  private final String scope;
  private final String integrationInstanceId;
  private final boolean ignoreDuplicates;
  private final BatchLimits limits;
  private final Poller finish;
  private final Consumer<SyncProgress> progress;

  private SyncJobSpec(SourceEnum source, SyncModeEnum mode, String scope, String integrationInstanceId,
      boolean ignoreDuplicates, BatchLimits limits, Poller finish, Consumer<SyncProgress> progress) {
    this.source = source;
    this.mode = mode;
    this.scope = scope;
    this.integrationInstanceId = integrationInstanceId;
    this.ignoreDuplicates = ignoreDuplicates;
    this.limits = limits;
    this.finish = finish;
    this.progress = progress;
  }

  private static SyncJobSpec of(SourceEnum source, SyncModeEnum mode, String scope, String instance) {
    return new SyncJobSpec(source, mode, scope, instance, false, BatchLimits.DEFAULT,
        Poller.of(Duration.ofMillis(250), Duration.ofSeconds(5), DEFAULT_FINISH_DEADLINE), p -> { });
  }

  /**
   * A DIFF job of ad hoc data: the upload replaces everything in the scope, so send all of it.
   *
   * @param scope the scope grouping the data; reuse it to replace the same data later
   * @return the spec
   */
  public static SyncJobSpec diff(String scope) {
    return of(SourceEnum.API, SyncModeEnum.DIFF, Arguments.requireNonBlank("scope", scope), null);
  }

  /** @return a CREATE_OR_UPDATE job of ad hoc data without a scope: creates or updates by _key, deletes what is listed */
  public static SyncJobSpec createOrUpdate() {
    return of(SourceEnum.API, SyncModeEnum.CREATE_OR_UPDATE, null, null);
  }

  /**
   * @param scope the scope of the data
   * @return a CREATE_OR_UPDATE job of ad hoc data in a scope
   */
  public static SyncJobSpec createOrUpdate(String scope) {
    return of(SourceEnum.API, SyncModeEnum.CREATE_OR_UPDATE, Arguments.requireNonBlank("scope", scope), null);
  }

  /**
   * @param integrationInstanceId the custom integration instance the data belongs to
   * @return a DIFF job of a custom integration instance ({@code integration-external})
   */
  public static SyncJobSpec integration(String integrationInstanceId) {
    return of(SourceEnum.INTEGRATION_EXTERNAL, SyncModeEnum.DIFF, null,
        Arguments.requireNonBlank("integrationInstanceId", integrationInstanceId));
  }

  /** @return true when the job accepts duplicate keys, so that an upload may safely be repeated */
  boolean ignoresDuplicates() {
    return ignoreDuplicates;
  }

  /** @return a copy whose job accepts duplicate keys (the latest object wins) */
  public SyncJobSpec withIgnoreDuplicates() {
    return new SyncJobSpec(source, mode, scope, integrationInstanceId, true, limits, finish, progress);
  }

  /**
   * @param batchLimits how many objects and bytes one upload may carry
   * @return a copy with them
   */
  public SyncJobSpec withBatchLimits(BatchLimits batchLimits) {
    return new SyncJobSpec(source, mode, scope, integrationInstanceId, ignoreDuplicates,
        Arguments.requireNonNull("batchLimits", batchLimits), finish, progress);
  }

  /**
   * @param deadline how long to wait for the finalized job to finish
   * @return a copy with it
   */
  public SyncJobSpec withFinishDeadline(Duration deadline) {
    return new SyncJobSpec(source, mode, scope, integrationInstanceId, ignoreDuplicates, limits,
        Poller.of(Duration.ofMillis(250), Duration.ofSeconds(5), deadline), progress);
  }

  /**
   * @param listener told after each accepted upload (on the calling thread)
   * @return a copy with it
   */
  public SyncJobSpec withProgress(Consumer<SyncProgress> listener) {
    return new SyncJobSpec(source, mode, scope, integrationInstanceId, ignoreDuplicates, limits, finish,
        Arguments.requireNonNull("listener", listener));
  }

  /** @return the batch limits */
  public BatchLimits batchLimits() {
    return limits;
  }

  Poller finishPoller() {
    return finish;
  }

  Consumer<SyncProgress> progress() {
    return progress;
  }

  StartSyncJobRequest toRequest() {
    return new StartSyncJobRequest().source(source).syncMode(mode).scope(scope)
        .integrationInstanceId(integrationInstanceId).ignoreDuplicates(ignoreDuplicates ? Boolean.TRUE : null);
  }

  @Override
  public String toString() {
    return "SyncJobSpec{source=" + source + ", syncMode=" + mode + ", scope=" + scope + ", integrationInstanceId="
        + integrationInstanceId + ", ignoreDuplicates=" + ignoreDuplicates + ", limits=" + limits + '}';
  }
}
