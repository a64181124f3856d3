package io.secplat.jupiterone;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.PathSegment;
import io.secplat.core.RetryPolicy;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.DeadlineExceededException;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.RequestNotSentException;
import io.secplat.jupiterone.generated.api.SynchronizationApi;
import io.secplat.jupiterone.generated.model.AbortSyncJobRequest;
import io.secplat.jupiterone.generated.model.FinalizeSyncJobRequest;
import io.secplat.jupiterone.generated.model.SyncEntitiesUploadRequest;
import io.secplat.jupiterone.generated.model.SyncEntity;
import io.secplat.jupiterone.generated.model.SyncGraphObjectRef;
import io.secplat.jupiterone.generated.model.SyncJob;
import io.secplat.jupiterone.generated.model.SyncRelationship;
import io.secplat.jupiterone.generated.model.SyncRelationshipsUploadRequest;
import io.secplat.jupiterone.generated.model.SyncUploadRequest;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Bulk upload through a synchronization job: start the job, upload entities and then
 * relationships in batches bounded by count and bytes ({@link BatchLimits}), finalize, and wait
 * for the job to finish. Objects are read from the caller's streams one batch at a time, so
 * memory holds one batch whatever the total. A failed upload stops the job before finalize, ends
 * it with {@code abortSyncJob} (as JupiterOne's own clients do) and throws
 * {@link SyncFailedException}, which says exactly what was and was not accepted.
 *
 * <pre>{@code
 * SyncReport report = j1.sync().run(SyncJobSpec.diff("cmdb"),
 *     hosts.stream().map(h -> new SyncEntity().key(h.id()).type("cmdb_host").propertyClass("Host")),
 *     Stream.empty());
 * System.out.println(report.job().getNumEntitiesCreated() + " created");
 * }</pre>
 *
 * <p>An upload is a POST that adds to the job, so it is repeated only when that can neither lose
 * nor duplicate anything (decision, from JupiterOne's documentation: a job refuses duplicate
 * _keys unless it was started with {@code ignoreDuplicates}):
 *
 * <ul>
 *   <li>the server said it did not take the batch: a rate limit (429, or a rate-limit error) or a
 *       503, honouring Retry-After; or no connection could be opened (the transport already
 *       retried that, see {@link io.secplat.core.error.RequestNotSentException});
 *   <li>or the job ignores duplicates ({@link SyncJobSpec#withIgnoreDuplicates()}): then any
 *       retryable failure (500, 502, 504, a connection broken after sending, a timeout) is
 *       repeated too, because a batch that did arrive is simply written again with the same keys.
 * </ul>
 *
 * Otherwise, for example a timeout or a reset after sending in a job that refuses duplicates, the
 * job stops unfinalized and {@link SyncFailedException} lists what was accepted, the failed
 * batch (outcome unknown) and that nothing after it was sent. Attempts, backoff, the Retry-After
 * cap and the deadline are the client's {@link RetryPolicy}'s, per upload.
 */
public final class BulkSync {
  private final SynchronizationApi api;
  private final ObjectMapper json;
  private final RetryPolicy retry;
  private final io.secplat.core.retry.RetryEngine engine;

  BulkSync(SynchronizationApi api, ObjectMapper json, RetryPolicy retry, io.secplat.core.retry.RetryEngine engine) {
    this.engine = engine;
    this.api = api;
    this.json = json;
    this.retry = retry;
  }

  /**
   * Runs a job over two streams; the streams are consumed, not closed.
   *
   * @param spec the kind of job and its limits
   * @param entities the entities (_key and _type required)
   * @param relationships the relationships (_key and _type required), sent after every entity
   * @return the finished job with its counts
   * @throws SyncFailedException when the job stops before finishing
   */
  @Operation("startSyncJob")
  @Operation("abortSyncJob")
  @Operation("uploadSyncJobEntities")
  @Operation("uploadSyncJobRelationships")
  @Operation("finalizeSyncJob")
  @Operation("getSyncJob")
  public SyncReport run(SyncJobSpec spec, Stream<? extends SyncEntity> entities, Stream<? extends SyncRelationship> relationships) {
    Arguments.requireNonNull("entities", entities);
    Arguments.requireNonNull("relationships", relationships);
    return run(spec, entities.iterator(), relationships.iterator());
  }

  /**
   * Runs a job over two iterators.
   *
   * @param spec the kind of job and its limits
   * @param entities the entities (_key and _type required)
   * @param relationships the relationships (_key and _type required), sent after every entity
   * @return the finished job with its counts
   * @throws SyncFailedException when the job stops before finishing
   */
  @Operation("startSyncJob")
  @Operation("abortSyncJob")
  @Operation("uploadSyncJobEntities")
  @Operation("uploadSyncJobRelationships")
  @Operation("finalizeSyncJob")
  @Operation("getSyncJob")
  public SyncReport run(SyncJobSpec spec, Iterator<? extends SyncEntity> entities, Iterator<? extends SyncRelationship> relationships) {
    Arguments.requireNonNull("spec", spec);
    Arguments.requireNonNull("entities", entities);
    Arguments.requireNonNull("relationships", relationships);
    Job job = start(spec);
    Batcher<SyncEntity, SyncEntitiesUploadRequest> entityBatches = job.batcher(SyncEntity::getKey,
        batch -> new SyncEntitiesUploadRequest().entities(batch),
        body -> upload(spec, () -> api.uploadSyncJobEntities(job.path, body)));
    Batcher<SyncRelationship, SyncRelationshipsUploadRequest> relationshipBatches = job.batcher(SyncRelationship::getKey,
        batch -> new SyncRelationshipsUploadRequest().relationships(batch),
        body -> upload(spec, () -> api.uploadSyncJobRelationships(job.path, body)));
    job.upload(SyncFailedException.Phase.ENTITIES, entityBatches, entities);
    job.upload(SyncFailedException.Phase.RELATIONSHIPS, relationshipBatches, relationships);
    return job.finish();
  }

  /**
   * Deletes entities and relationships by _id or _key in a CREATE_OR_UPDATE job (the documented
   * bulk delete: uploads of {@code deleteEntities} and {@code deleteRelationships}). Deleting an
   * entity deletes its relationships too.
   *
   * @param spec a CREATE_OR_UPDATE spec, for example {@link SyncJobSpec#createOrUpdate()}
   * @param entities the entities to delete
   * @param relationships the relationships to delete
   * @return the finished job with its counts
   * @throws SyncFailedException when the job stops before finishing
   */
  @Operation("startSyncJob")
  @Operation("abortSyncJob")
  @Operation("uploadSyncJobGraphObjects")
  @Operation("finalizeSyncJob")
  @Operation("getSyncJob")
  public SyncReport delete(SyncJobSpec spec, Iterator<SyncGraphObjectRef> entities, Iterator<SyncGraphObjectRef> relationships) {
    Arguments.requireNonNull("spec", spec);
    Arguments.requireNonNull("entities", entities);
    Arguments.requireNonNull("relationships", relationships);
    if (!"CREATE_OR_UPDATE".equals(String.valueOf(spec.toRequest().getSyncMode()))) {
      throw new IllegalArgumentException("a bulk delete needs a CREATE_OR_UPDATE job (a DIFF job would replace its scope)");
    }
    Job job = start(spec);
    job.upload(SyncFailedException.Phase.ENTITIES, job.batcher(BulkSync::reference,
        batch -> new SyncUploadRequest().deleteEntities(batch),
        body -> upload(spec, () -> api.uploadSyncJobGraphObjects(job.path, body))), entities);
    job.upload(SyncFailedException.Phase.RELATIONSHIPS, job.batcher(BulkSync::reference,
        batch -> new SyncUploadRequest().deleteRelationships(batch),
        body -> upload(spec, () -> api.uploadSyncJobGraphObjects(job.path, body))), relationships);
    return job.finish();
  }

  /**
   * Sends one upload, repeating it only when no object can be lost or duplicated by that (see the
   * class comment); the last failure is thrown as it is.
   */
  private void upload(SyncJobSpec spec, Runnable send) {
    engine.run((attempt, elapsed) -> {
      send.run();
      return null;
    }, outcome -> {
      if (!outcome.failed() || !(outcome.failure() instanceof ApiException failure)) {
        return null;
      }
      Duration retryAfter = failure.details().retryAfterDuration().orElse(null);
      if (outcome.attempt() >= retry.maxAttempts() || !safeToRepeat(spec, failure)
          || (retryAfter != null && retryAfter.compareTo(retry.maxRetryAfter()) > 0)) {
        return null;
      }
      Duration wait = retry.backoff(outcome.attempt(), retryAfter);
      return outcome.elapsed().plus(wait).compareTo(retry.deadline()) >= 0 ? null : wait;
    });
  }

  /**
   * @param spec the job's spec
   * @param failure a failed upload
   * @return whether sending the same batch again can neither lose nor duplicate an object
   */
  static boolean safeToRepeat(SyncJobSpec spec, ApiException failure) {
    if (!failure.isRetryable() || failure instanceof RequestNotSentException) {
      // not worth repeating (4xx, undecodable), or the transport already retried it
      return false;
    }
    if (failure instanceof RateLimitedException || failure.status() == 503) {
      return true; // the server refused the batch: it took none of it
    }
    return spec.ignoresDuplicates(); // it may have arrived: repeat only where a repeat is harmless
  }

  private static String reference(SyncGraphObjectRef ref) {
    return ref.getKey() != null ? ref.getKey() : ref.getId();
  }

  private Job start(SyncJobSpec spec) {
    SyncJob started = jobOf(api.startSyncJob(spec.toRequest()), "POST", "/persister/synchronization/jobs");
    return new Job(spec, started.getId());
  }

  /** One running job: its counters and the failure reports. */
  private final class Job {
    final SyncJobSpec spec;
    final String id;
    final String path;
    long entities;
    long relationships;
    int batches;

    Job(SyncJobSpec spec, String id) {
      this.spec = spec;
      this.id = Arguments.requireNonBlank("job.id", id);
      this.path = PathSegment.of("jobId", id);
    }

    <T, B> Batcher<T, B> batcher(java.util.function.Function<T, String> keyOf, java.util.function.Function<List<T>, B> envelope,
        java.util.function.Consumer<B> send) {
      return new Batcher<>(spec.batchLimits(), json, keyOf, envelope, send);
    }

    <T> void upload(SyncFailedException.Phase phase, Batcher<T, ?> batcher, Iterator<? extends T> objects) {
      long before = phase == SyncFailedException.Phase.ENTITIES ? entities : relationships;
      try {
        batcher.sendAll(objects, sent -> {
          batches++;
          if (phase == SyncFailedException.Phase.ENTITIES) {
            entities = before + sent;
          } else {
            relationships = before + sent;
          }
          spec.progress().accept(new SyncProgress(id, entities, relationships, batches));
        });
      } catch (Batcher.Failure failure) {
        SyncFailedException failed = new SyncFailedException(details(failure.getCause()), id, phase, entities, relationships,
            failure.keys, failure.getCause());
        abort(failed);
        throw failed;
      }
    }

    /**
     * Ends the unfinalized job, as JupiterOne's own clients do after a failed upload, so it does
     * not stay open; a failure to abort is added to the sync failure as suppressed.
     */
    void abort(SyncFailedException failed) {
      try {
        api.abortSyncJob(path, new AbortSyncJobRequest().reason("secplat: upload of " + failed.phase().name().toLowerCase(Locale.ROOT)
            + " failed after " + failed.entitiesAccepted() + " entities and " + failed.relationshipsAccepted() + " relationships"));
      } catch (ApiException e) {
        failed.addSuppressed(e);
      }
    }

    SyncReport finish() {
      SyncJob job;
      try {
        // an empty JSON object, as JupiterOne's Node client sends it
        job = jobOf(api.finalizeSyncJob(path, new FinalizeSyncJobRequest()), "POST",
            "/persister/synchronization/jobs/" + PathSegment.encode(path) + "/finalize");
      } catch (ApiException e) {
        throw new SyncFailedException(e.details(), id, SyncFailedException.Phase.FINALIZE, entities, relationships, List.of(), e);
      }
      try {
        SyncJob finished = spec.finishPoller().await(
            () -> isFinished(job) ? job : jobOf(api.getSyncJob(path), "GET",
                "/persister/synchronization/jobs/" + PathSegment.encode(path)), BulkSync::isFinished,
            (last, polls, waited) -> new DeadlineExceededException(
                new ErrorDetails("JupiterOne", "GET", "/persister/synchronization/jobs/" + PathSegment.encode(path), 200, null, null, null, null),
                "JupiterOne synchronization job " + id + " still " + last.getStatus() + " after " + waited.toSeconds()
                    + " s (" + polls + " polls)"));
        return new SyncReport(finished, entities, relationships, batches);
      } catch (ApiException e) {
        throw new SyncFailedException(e.details(), id, SyncFailedException.Phase.FINISH, entities, relationships, List.of(), e);
      }
    }

    private ErrorDetails details(Throwable cause) {
      return cause instanceof ApiException ? ((ApiException) cause).details()
          : new ErrorDetails("JupiterOne", "POST", "/persister/synchronization/jobs/" + PathSegment.encode(path), 0, null, null, null, null);
    }
  }

  /** An answer without its job ({@code 200 {}}) is undecodable, never a NullPointerException later. */
  private static SyncJob jobOf(io.secplat.jupiterone.generated.model.SyncJobResponse answer, String method,
      String path) {
    SyncJob job = answer == null ? null : answer.getJob();
    if (job == null) {
      throw new io.secplat.core.error.UndecodableResponseException(new ErrorDetails("JupiterOne", method, path, 200,
          null, "the answer carried no job", null, null), null);
    }
    return job;
  }

  private static boolean isFinished(SyncJob job) {
    String status = job.getStatus() == null ? "" : job.getStatus().toUpperCase(Locale.ROOT);
    if (status.contains("FAIL") || status.contains("ERROR") || status.contains("ABORT")) {
      throw new io.secplat.core.error.ServerException(new ErrorDetails("JupiterOne", "GET",
          "/persister/synchronization/jobs/" + job.getId(), 200, job.getStatus(), "the job ended " + job.getStatus(), null, null), null);
    }
    return status.equals("FINISHED");
  }
}
