package io.secplat.veza;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Where a streamed OAA payload goes. Bytes are held until there are more than the multipart
 * threshold; then a multipart upload starts and the bytes leave in parts of the part size as soon
 * as a part is full, so the held bytes never exceed the threshold (before multipart) or one part
 * (after). On a resume, the first parts already acknowledged are cut but not sent again.
 */
final class PayloadSink extends OutputStream {
  /** The multipart calls the sink makes. */
  interface Parts {
    /** @return the id of a new upload */
    String start();

    /** Sends part {@code sequence} of the payload. */
    void upload(String uploadId, int sequence, byte[] bytes, int offset, int length, long payloadBytesSent);
  }

  private final long multipartAbove;
  private final int partSize;
  private final Parts parts;
  private final int skipParts;
  private byte[] buffer = new byte[64 * 1024];
  private int length;
  private long total;
  private String uploadId;
  private int sequence;
  private boolean abandoned;

  PayloadSink(long multipartAbove, int partSize, Parts parts) {
    this(multipartAbove, partSize, parts, null, 0);
  }

  /** A sink that continues an upload: parts 1..skipParts are cut but not sent. */
  PayloadSink(long multipartAbove, int partSize, Parts parts, String uploadId, int skipParts) {
    this.multipartAbove = multipartAbove;
    this.partSize = partSize;
    this.parts = parts;
    this.uploadId = uploadId;
    this.skipParts = skipParts;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int count) {
    if (abandoned) {
      return;
    }
    ensure(length + count);
    System.arraycopy(bytes, offset, buffer, length, count);
    length += count;
    total += count;
    if (uploadId == null && length > multipartAbove) {
      uploadId = parts.start();
    }
    if (uploadId != null) {
      sendFullParts();
    }
  }

  /** Switches to multipart now (a compressed body would be too large) and sends the full parts. */
  void forceMultipart() {
    if (uploadId == null) {
      uploadId = parts.start();
    }
    sendFullParts();
  }

  /** Sends what is left as the last part; returns the number of parts. */
  int finishParts() {
    if (length > 0 || sequence == 0) {
      send(0, length);
      length = 0;
    }
    return sequence;
  }

  /** Takes no more bytes: the payload failed half-way and must not be sent. */
  void abandon() {
    abandoned = true;
  }

  boolean multipart() {
    return uploadId != null;
  }

  String uploadId() {
    return uploadId;
  }

  long total() {
    return total;
  }

  /** @return the held bytes (the whole payload unless multipart) */
  byte[] held() {
    return Arrays.copyOf(buffer, length);
  }

  private void sendFullParts() {
    int offset = 0;
    while (length - offset >= partSize) {
      send(offset, partSize);
      offset += partSize;
    }
    if (offset > 0) {
      System.arraycopy(buffer, offset, buffer, 0, length - offset);
      length -= offset;
      if (buffer.length > 2L * partSize + 64 * 1024) {
        buffer = Arrays.copyOf(buffer, Math.max(length, partSize + 64 * 1024));
      }
    }
  }

  private void send(int offset, int count) {
    sequence++;
    if (sequence > skipParts) {
      parts.upload(uploadId, sequence, buffer, offset, count, total - length + offset + count);
    }
  }

  private void ensure(int capacity) {
    if (capacity > buffer.length) {
      buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(capacity, 2L * buffer.length)));
    }
  }
}
