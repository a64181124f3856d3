package io.secplat.veza.oaa;

/** Hears how a push progresses; every method has an empty default. Called on the pushing thread. */
public interface OaaPushListener {
  /**
   * A multipart upload started.
   *
   * @param uploadId the id Veza gave it
   */
  default void uploadStarted(String uploadId) {}

  /**
   * A part was acknowledged by Veza.
   *
   * @param sequenceNumber its number, from 1
   * @param payloadBytesSent payload bytes acknowledged so far, this part included
   */
  default void partSent(int sequenceNumber, long payloadBytesSent) {}
}
