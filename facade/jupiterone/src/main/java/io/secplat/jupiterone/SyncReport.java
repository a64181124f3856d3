package io.secplat.jupiterone;

import io.secplat.jupiterone.generated.model.SyncJob;

/**
 * The outcome of a finished synchronization job.
 *
 * @param job the job as the server reports it at the end: status FINISHED and the created,
 *     updated and deleted counts
 * @param entitiesSent entities uploaded by this client
 * @param relationshipsSent relationships uploaded by this client
 * @param batches uploads made
 */
public record SyncReport(SyncJob job, long entitiesSent, long relationshipsSent, int batches) {}
