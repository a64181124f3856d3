package io.secplat.jupiterone;

import io.secplat.core.error.ApiException;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.TransportException;
import java.util.List;

/**
 * A synchronization job stopped before it finished; nothing was silently dropped. The exception
 * says exactly what the server accepted and what it did not:
 *
 * <ul>
 *   <li>the first {@link #entitiesAccepted()} entities and {@link #relationshipsAccepted()}
 *       relationships of the caller's streams were accepted;
 *   <li>{@link #failedBatchKeys()} are the _keys of the upload that failed ({@link #phase()} says
 *       whether it held entities or relationships): not accepted, unless
 *       {@link #failedBatchOutcomeUnknown()} (the connection broke after sending);
 *   <li>nothing after that batch was sent, and when entities failed no relationship was read at
 *       all (the stream was read at most one object past the failed batch: when a batch is closed
 *       by its byte limit, the object that did not fit is already read);
 *   <li>the job was not finalized (unless the phase is {@link Phase#FINALIZE} or {@link Phase#FINISH}),
 *       so JupiterOne applies none of it; after a failed upload it was aborted (a failure to abort
 *       is attached as suppressed).
 * </ul>
 *
 * Its cause is the failure itself (an {@link ApiException}, or an {@link IllegalArgumentException}
 * for an object that could not be sent).
 */
public class SyncFailedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Where the job stopped. */
  public enum Phase {
    /** Uploading entities. */
    ENTITIES,
    /** Uploading relationships (every entity was accepted). */
    RELATIONSHIPS,
    /** Finalizing (every upload was accepted). */
    FINALIZE,
    /** Waiting for the finalized job to finish. */
    FINISH
  }

  private final String jobId;
  private final Phase phase;
  private final long entitiesAccepted;
  private final long relationshipsAccepted;
  private final transient List<String> failedBatchKeys;
  private final boolean outcomeUnknown;

  SyncFailedException(ErrorDetails details, String jobId, Phase phase, long entitiesAccepted, long relationshipsAccepted,
      List<String> failedBatchKeys, Throwable cause) {
    super(details, describe(jobId, phase, entitiesAccepted, relationshipsAccepted, failedBatchKeys, cause), cause);
    this.jobId = jobId;
    this.phase = phase;
    this.entitiesAccepted = entitiesAccepted;
    this.relationshipsAccepted = relationshipsAccepted;
    this.failedBatchKeys = List.copyOf(failedBatchKeys);
    // refused at connect: never sent, so not accepted; anything else in transport (a cut-off
    // answer included, even a 200) may have been stored
    this.outcomeUnknown = cause instanceof TransportException
        && !(cause instanceof io.secplat.core.error.RequestNotSentException);
  }

  /** @return the job's id */
  public String jobId() {
    return jobId;
  }

  /** @return where the job stopped */
  public Phase phase() {
    return phase;
  }

  /** @return how many entities, from the start of the stream, the server accepted */
  public long entitiesAccepted() {
    return entitiesAccepted;
  }

  /** @return how many relationships, from the start of the stream, the server accepted */
  public long relationshipsAccepted() {
    return relationshipsAccepted;
  }

  /** @return the _keys of the upload that failed, in stream order (empty when no upload failed) */
  public List<String> failedBatchKeys() {
    return failedBatchKeys;
  }

  /** @return true when the failed upload may have reached the server (the connection broke) */
  public boolean failedBatchOutcomeUnknown() {
    return outcomeUnknown;
  }

  private static String describe(String jobId, Phase phase, long entities, long relationships, List<String> keys,
      Throwable cause) {
    StringBuilder text = new StringBuilder("JupiterOne synchronization job ").append(jobId).append(" stopped while ")
        .append(phase == Phase.ENTITIES ? "uploading entities" : phase == Phase.RELATIONSHIPS ? "uploading relationships"
            : phase == Phase.FINALIZE ? "finalizing" : "waiting for it to finish")
        .append(": ").append(cause.getMessage()).append(". Accepted: the first ").append(entities)
        .append(" entities and ").append(relationships).append(" relationships of the streams.");
    if (!keys.isEmpty()) {
      text.append(" Not accepted").append(cause instanceof TransportException ? " (outcome unknown)" : "")
          .append(": the failed batch of ").append(keys.size()).append(phase == Phase.ENTITIES ? " entities" : " relationships")
          .append(" (_key ").append(keys.get(0)).append(keys.size() > 1 ? " … " + keys.get(keys.size() - 1) : "")
          .append("); everything after it was not sent");
      text.append(phase == Phase.ENTITIES ? ", nor any relationship." : ".");
    }
    if (phase == Phase.ENTITIES || phase == Phase.RELATIONSHIPS) {
      text.append(" The job was not finalized.");
    }
    return text.toString();
  }
}
