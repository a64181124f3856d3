package io.secplat.veza.oaa;

import io.secplat.core.Arguments;

/**
 * How {@code veza.oaa().push} sends: thresholds between plain, compressed and multipart, the part
 * size, whether to create a missing provider, whether to check the payload completely before
 * sending anything, and a progress listener. Immutable; each {@code with} returns a copy.
 *
 * <pre>{@code
 * OaaPushOptions.defaults().withCreateProvider(true).withPartSize(8 << 20)
 * }</pre>
 */
public final class OaaPushOptions {
  /** Veza's limit for one {@code :push} body (oaaclient's MAX_PAYLOAD_SIZE). */
  public static final long MAX_PUSH_BYTES = 100_000_000L;
  private final long compressAbove;
  private final long multipartAbove;
  private final int partSize;
  private final boolean createProvider;
  private final boolean checkBeforeSending;
  private final OaaPushListener listener;

  private OaaPushOptions(long compressAbove, long multipartAbove, int partSize, boolean createProvider,
      boolean checkBeforeSending, OaaPushListener listener) {
    this.compressAbove = compressAbove;
    this.multipartAbove = multipartAbove;
    this.partSize = partSize;
    this.createProvider = createProvider;
    this.checkBeforeSending = checkBeforeSending;
    this.listener = listener;
  }

  /**
   * @return plain up to 64 KiB of JSON, compressed up to 50 MB (oaaclient's multipart threshold),
   *     multipart above in parts of 8 MiB; no provider creation; the payload checked before sending
   */
  public static OaaPushOptions defaults() {
    return new OaaPushOptions(64 * 1024, 50_000_000L, 8 * 1024 * 1024, false, true, new OaaPushListener() {});
  }

  /**
   * @param bytes payloads of more JSON bytes than this are compressed
   * @return a copy with that threshold
   */
  public OaaPushOptions withCompressAbove(long bytes) {
    return new OaaPushOptions(Math.max(0, bytes), multipartAbove, partSize, createProvider, checkBeforeSending, listener);
  }

  /**
   * @param bytes payloads of more JSON bytes than this go through {@code :parts}; at most
   *     {@link #MAX_PUSH_BYTES}
   * @return a copy with that threshold
   */
  public OaaPushOptions withMultipartAbove(long bytes) {
    if (bytes < 1 || bytes > MAX_PUSH_BYTES) {
      throw new IllegalArgumentException("multipartAbove must be between 1 and " + MAX_PUSH_BYTES + ", was " + bytes);
    }
    return new OaaPushOptions(compressAbove, bytes, partSize, createProvider, checkBeforeSending, listener);
  }

  /**
   * @param bytes payload bytes per part (before base64); between 1 and 50,000,000
   * @return a copy with that part size
   */
  public OaaPushOptions withPartSize(int bytes) {
    if (bytes < 1 || bytes > 50_000_000) {
      throw new IllegalArgumentException("partSize must be between 1 and 50000000, was " + bytes);
    }
    return new OaaPushOptions(compressAbove, multipartAbove, bytes, createProvider, checkBeforeSending, listener);
  }

  /**
   * @param create create the provider (with the payload's template) when none has the name
   * @return a copy
   */
  public OaaPushOptions withCreateProvider(boolean create) {
    return new OaaPushOptions(compressAbove, multipartAbove, partSize, create, checkBeforeSending, listener);
  }

  /**
   * @param check write the payload once into nothing first, so that an invalid payload fails
   *     before any request; off saves that pass for very large payloads, but a multipart upload may
   *     then be abandoned half-way (never completed, so Veza keeps the data source as it was)
   * @return a copy
   */
  public OaaPushOptions withCheckBeforeSending(boolean check) {
    return new OaaPushOptions(compressAbove, multipartAbove, partSize, createProvider, check, listener);
  }

  /**
   * @param progress hears upload starts and acknowledged parts
   * @return a copy
   */
  public OaaPushOptions withListener(OaaPushListener progress) {
    return new OaaPushOptions(compressAbove, multipartAbove, partSize, createProvider, checkBeforeSending,
        Arguments.requireNonNull("listener", progress));
  }

  /** @return the compression threshold in JSON bytes */
  public long compressAbove() {
    return compressAbove;
  }

  /** @return the multipart threshold in JSON bytes */
  public long multipartAbove() {
    return multipartAbove;
  }

  /** @return payload bytes per part */
  public int partSize() {
    return partSize;
  }

  /** @return whether a missing provider is created */
  public boolean createProvider() {
    return createProvider;
  }

  /** @return whether the payload is checked completely before anything is sent */
  public boolean checkBeforeSending() {
    return checkBeforeSending;
  }

  /** @return the progress listener */
  public OaaPushListener listener() {
    return listener;
  }

  @Override
  public String toString() {
    return "OaaPushOptions{compressAbove=" + compressAbove + ", multipartAbove=" + multipartAbove + ", partSize="
        + partSize + ", createProvider=" + createProvider + ", checkBeforeSending=" + checkBeforeSending + '}';
  }
}
