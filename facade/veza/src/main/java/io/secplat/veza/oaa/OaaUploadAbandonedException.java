package io.secplat.veza.oaa;

import io.secplat.core.error.ApiException;

/**
 * A multipart upload failed after its retries and was abandoned: it was never completed, so Veza
 * processed none of it and the data source keeps what it had. Carries what is needed to resume:
 * the upload id and the last part Veza acknowledged. {@code veza.oaa().resume(e, payload)} writes
 * the same payload again, skips the acknowledged parts and completes the same upload.
 */
public final class OaaUploadAbandonedException extends ApiException {
  private static final long serialVersionUID = 1L;
  private final String providerId;
  private final String dataSourceId;
  private final String uploadId;
  private final int partsAcknowledged;
  private final int partSize;

  /**
   * @param providerId the provider id
   * @param dataSourceId the data source id
   * @param uploadId the abandoned upload
   * @param partsAcknowledged parts 1..n Veza acknowledged
   * @param partSize the part size the upload used
   * @param cause the failure of the next step
   */
  public OaaUploadAbandonedException(String providerId, String dataSourceId, String uploadId, int partsAcknowledged,
      int partSize, ApiException cause) {
    super(cause.details(), "multipart upload " + uploadId + " abandoned after " + partsAcknowledged
        + " acknowledged part(s): " + cause.getMessage(), cause);
    this.providerId = providerId;
    this.dataSourceId = dataSourceId;
    this.uploadId = uploadId;
    this.partsAcknowledged = partsAcknowledged;
    this.partSize = partSize;
  }

  /** @return the provider id */
  public String providerId() {
    return providerId;
  }

  /** @return the data source id */
  public String dataSourceId() {
    return dataSourceId;
  }

  /** @return the abandoned upload */
  public String uploadId() {
    return uploadId;
  }

  /** @return how many parts (1..n) Veza acknowledged */
  public int partsAcknowledged() {
    return partsAcknowledged;
  }

  /** @return the part size of the upload; a resume must cut the payload the same way */
  public int partSize() {
    return partSize;
  }
}
