package io.secplat.mock.jupiterone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Synchronization jobs and the data they own, the documented state machine:
 * {@code AWAITING_UPLOADS} (start, uploads) → {@code FINALIZE_PENDING} (finalize) →
 * {@code FINISHED} (after the configured number of job reads). Counts add up: a DIFF job
 * creates the keys its scope did not hold, updates those it did, deletes the rest of the scope;
 * CREATE_OR_UPDATE creates or updates what was uploaded and deletes what was listed. Only keys
 * are kept (not the objects), so a job of hundreds of thousands stays small. Thread-safe.
 */
final class SyncJobs {
  static final String AWAITING_UPLOADS = "AWAITING_UPLOADS";
  static final String FINALIZE_PENDING = "FINALIZE_PENDING";
  static final String FINISHED = "FINISHED";
  static final String ABORTED = "ABORTED";

  /**
   * Where a finalized job's objects go: the graph the GraphQL endpoints and J1QL read, so that
   * what a sync job uploaded becomes queryable, as in production.
   */
  interface GraphSink {
    /** Creates or updates the entity an upload held. */
    void putEntity(JsonNode entity);

    /** Creates or updates the relationship an upload held (after every entity of the job). */
    void putRelationship(JsonNode relationship);

    /** Deletes the entity of a key the job deleted (DIFF: no longer uploaded; or listed). */
    void removeEntity(String key);

    /** Deletes the relationship of a key the job deleted. */
    void removeRelationship(String key);
  }

  /** A job and its uploads. */
  static final class Job {
    final String id;
    final String source;
    final String scope;
    final String syncMode;
    final boolean ignoreDuplicates;
    final long startTimestamp;
    String status = AWAITING_UPLOADS;
    int readsUntilFinished;
    /** Job reads after finalize that still say FINALIZE_PENDING; null: the mock's setting. */
    Integer finalizePendingReads;
    final Set<String> entities = new HashSet<>();
    final Set<String> relationships = new HashSet<>();
    final Set<String> deleteEntities = new HashSet<>();
    final Set<String> deleteRelationships = new HashSet<>();
    /** The uploaded objects themselves, applied to the graph at finalize. */
    final List<JsonNode> entityObjects = new ArrayList<>();
    final List<JsonNode> relationshipObjects = new ArrayList<>();
    long entitiesUploaded;
    long relationshipsUploaded;
    final long[] entityCounts = new long[3];
    final long[] relationshipCounts = new long[3];

    Job(String id, String source, String scope, String syncMode, boolean ignoreDuplicates, long startTimestamp) {
      this.id = id;
      this.source = source;
      this.scope = scope;
      this.syncMode = syncMode;
      this.ignoreDuplicates = ignoreDuplicates;
      this.startTimestamp = startTimestamp;
    }

    /** Where this job's data lives: its scope, or its integration instance. */
    String owner(String integrationInstanceId) {
      return scope != null ? "scope:" + scope : "instance:" + integrationInstanceId;
    }
  }

  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private final Map<String, Set<String>> ownedEntities = new LinkedHashMap<>();
  private final Map<String, Set<String>> ownedRelationships = new LinkedHashMap<>();
  private final Map<String, String> owners = new LinkedHashMap<>();
  private final AtomicLong clock = new AtomicLong(1586915139427L);

  synchronized void reset() {
    jobs.clear();
    ownedEntities.clear();
    ownedRelationships.clear();
    owners.clear();
  }

  synchronized Job start(String source, String scope, String syncMode, String integrationInstanceId, boolean ignoreDuplicates) {
    return start(UUID.randomUUID().toString(), source, scope, syncMode, integrationInstanceId, ignoreDuplicates);
  }

  /** Starts a job under a given id, as a provider state that names the job needs. */
  synchronized Job start(String id, String source, String scope, String syncMode, String integrationInstanceId,
      boolean ignoreDuplicates) {
    Job job = new Job(id, source, scope, syncMode, ignoreDuplicates, clock.getAndAdd(613));
    jobs.put(job.id, job);
    owners.put(job.id, job.owner(integrationInstanceId));
    return job;
  }

  synchronized Job job(String id) {
    return jobs.get(id);
  }

  /**
   * Adds a batch to the job.
   *
   * @return null when accepted, else why not (nothing of the batch is kept then)
   */
  synchronized String upload(Job job, Iterable<JsonNode> entities, Iterable<JsonNode> relationships,
      Iterable<JsonNode> deleteEntities, Iterable<JsonNode> deleteRelationships) {
    if (!AWAITING_UPLOADS.equals(job.status)) {
      return "job " + job.id + " is " + job.status + " and accepts no uploads";
    }
    Set<String> newEntities = new HashSet<>();
    Set<String> newRelationships = new HashSet<>();
    String problem = keys("entities", entities, job.entities, newEntities, job.ignoreDuplicates);
    if (problem == null) {
      problem = keys("relationships", relationships, job.relationships, newRelationships, job.ignoreDuplicates);
    }
    if (problem != null) {
      return problem;
    }
    job.entities.addAll(newEntities);
    job.relationships.addAll(newRelationships);
    entities.forEach(job.entityObjects::add);
    relationships.forEach(job.relationshipObjects::add);
    job.entitiesUploaded += count(entities);
    job.relationshipsUploaded += count(relationships);
    deleteEntities.forEach(ref -> job.deleteEntities.add(reference(ref)));
    deleteRelationships.forEach(ref -> job.deleteRelationships.add(reference(ref)));
    return null;
  }

  /** Ends the uploads and applies the job to the data its scope owns (and to nothing else). */
  synchronized void finalize(Job job, int readsUntilFinished) {
    finalize(job, readsUntilFinished, null);
  }

  /**
   * Ends the uploads and applies the job to the data its scope owns and, when a sink is given,
   * to the graph: uploaded entities, then relationships, are created or updated, deleted keys
   * removed.
   */
  synchronized void finalize(Job job, int readsUntilFinished, GraphSink sink) {
    String owner = owners.get(job.id);
    Set<String> goneEntities = apply(job, job.entities, job.deleteEntities,
        ownedEntities.computeIfAbsent(owner, o -> new HashSet<>()), job.entityCounts);
    Set<String> goneRelationships = apply(job, job.relationships, job.deleteRelationships,
        ownedRelationships.computeIfAbsent(owner, o -> new HashSet<>()), job.relationshipCounts);
    if (sink != null) {
      goneRelationships.forEach(sink::removeRelationship);
      goneEntities.forEach(sink::removeEntity);
      job.entityObjects.forEach(sink::putEntity);
      job.relationshipObjects.forEach(sink::putRelationship);
    }
    job.entityObjects.clear();
    job.relationshipObjects.clear();
    job.entities.clear();
    job.relationships.clear();
    job.status = readsUntilFinished <= 0 ? FINISHED : FINALIZE_PENDING;
    job.readsUntilFinished = readsUntilFinished;
  }

  /**
   * Ends a job without applying anything it received: its status becomes ABORTED.
   *
   * @return null when aborted, else why not
   */
  synchronized String abort(Job job) {
    if (!AWAITING_UPLOADS.equals(job.status)) {
      return "job " + job.id + " is " + job.status + " and can no longer be aborted";
    }
    job.status = ABORTED;
    job.entityObjects.clear();
    job.relationshipObjects.clear();
    job.entities.clear();
    job.relationships.clear();
    return null;
  }

  /** A read of the job: a pending finalization finishes after the configured number of reads. */
  synchronized Job read(Job job) {
    if (FINALIZE_PENDING.equals(job.status) && --job.readsUntilFinished <= 0) {
      job.status = FINISHED;
    }
    return job;
  }

  /** @return the keys the job deleted */
  private static Set<String> apply(Job job, Set<String> uploaded, Set<String> deletes, Set<String> owned, long[] counts) {
    long created = 0;
    long updated = 0;
    for (String key : uploaded) {
      if (owned.contains(key)) {
        updated++;
      } else {
        created++;
      }
    }
    Set<String> gone = new HashSet<>();
    if ("DIFF".equals(job.syncMode)) {
      owned.stream().filter(key -> !uploaded.contains(key)).forEach(gone::add);
      owned.clear();
      owned.addAll(uploaded);
    } else {
      deletes.stream().filter(owned::contains).forEach(gone::add);
      owned.addAll(uploaded);
      owned.removeAll(deletes);
    }
    counts[0] = created;
    counts[1] = updated;
    counts[2] = gone.size();
    return gone;
  }

  private static String keys(String what, Iterable<JsonNode> items, Set<String> seen, Set<String> fresh,
      boolean ignoreDuplicates) {
    int index = 0;
    for (JsonNode item : items) {
      String key = item.path("_key").asText("");
      if (!item.isObject() || key.isEmpty() || item.path("_type").asText("").isEmpty()) {
        return what + "[" + index + "] needs a non-empty _key and _type";
      }
      if ((seen.contains(key) || !fresh.add(key)) && !ignoreDuplicates) {
        return what + "[" + index + "] repeats _key " + key + " (set ignoreDuplicates to let the latest win)";
      }
      index++;
    }
    return null;
  }

  private static long count(Iterable<JsonNode> items) {
    long n = 0;
    for (JsonNode ignored : items) {
      n++;
    }
    return n;
  }

  private static String reference(JsonNode ref) {
    return ref.hasNonNull("_key") ? ref.get("_key").asText() : ref.path("_id").asText();
  }

  /** The documented {@code {"job": {...}}} body. */
  static ObjectNode toJson(Job job) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ObjectNode json = body.putObject("job");
    json.put("source", job.source);
    if (job.scope != null) {
      json.put("scope", job.scope);
    }
    json.put("id", job.id);
    json.put("status", job.status);
    json.put("startTimestamp", job.startTimestamp);
    boolean finished = FINISHED.equals(job.status);
    json.put("numEntitiesUploaded", job.entitiesUploaded);
    json.put("numEntitiesCreated", finished ? job.entityCounts[0] : 0);
    json.put("numEntitiesUpdated", finished ? job.entityCounts[1] : 0);
    json.put("numEntitiesDeleted", finished ? job.entityCounts[2] : 0);
    json.put("numRelationshipsUploaded", job.relationshipsUploaded);
    json.put("numRelationshipsCreated", finished ? job.relationshipCounts[0] : 0);
    json.put("numRelationshipsUpdated", finished ? job.relationshipCounts[1] : 0);
    json.put("numRelationshipsDeleted", finished ? job.relationshipCounts[2] : 0);
    return body;
  }
}
