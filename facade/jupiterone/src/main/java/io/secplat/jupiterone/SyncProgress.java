package io.secplat.jupiterone;

/**
 * How far a synchronization job has come, reported after each accepted upload.
 *
 * @param jobId the job
 * @param entitiesSent entities the server accepted so far
 * @param relationshipsSent relationships the server accepted so far
 * @param batches uploads accepted so far
 */
public record SyncProgress(String jobId, long entitiesSent, long relationshipsSent, int batches) {}
