package io.secplat.jupiterone;

/**
 * How large one upload of a synchronization job may be: at most {@code maxCount} graph objects
 * and at most {@code maxBytes} bytes of JSON body, whichever is reached first. JupiterOne documents
 * no limit; the defaults (250 objects, 4 MiB) follow the batch size of JupiterOne's own
 * integration SDK and stay well below the request size limits common in front of such APIs.
 *
 * @param maxCount objects per upload, at least 1
 * @param maxBytes body bytes per upload, at least 1024
 */
public record BatchLimits(int maxCount, long maxBytes) {
  /** 250 objects or 4 MiB per upload. */
  public static final BatchLimits DEFAULT = new BatchLimits(250, 4L * 1024 * 1024);

  /** Checks the limits. */
  public BatchLimits {
    if (maxCount < 1) {
      throw new IllegalArgumentException("maxCount must be positive, was " + maxCount);
    }
    if (maxBytes < 1024) {
      throw new IllegalArgumentException("maxBytes must be at least 1024, was " + maxBytes);
    }
  }
}
