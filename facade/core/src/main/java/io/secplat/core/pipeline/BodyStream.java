package io.secplat.core.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body as it arrives from the JDK client, read as an {@link InputStream} whose every
 * read is bounded: by an idle timeout (no byte for that long ends it) and by the attempt's deadline
 * (a server trickling one byte at a time cannot hold the caller past it). It keeps at most
 * {@link #WINDOW} chunks asked for and not yet read (a few hundred KiB), so the network never
 * waits on a hand-off per chunk and an endless body cannot fill memory. Closing cancels the
 * exchange.
 */
final class BodyStream extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {
  private static final Object END = new Object();
  /** Chunks asked for ahead of the reader. */
  static final int WINDOW = 16;

  private final LinkedBlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
  private final long idleNanos;
  private final long deadlineNanos;
  private volatile Flow.Subscription subscription;
  private Iterator<ByteBuffer> current;
  private ByteBuffer buffer;
  private boolean ended;
  private volatile boolean closed;

  /**
   * @param idleNanos the longest wait for the next bytes
   * @param deadlineNanos the {@link System#nanoTime()} the whole body must have arrived by
   */
  BodyStream(long idleNanos, long deadlineNanos) {
    this.idleNanos = idleNanos;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (closed) {
      subscription.cancel();
    } else {
      subscription.request(WINDOW);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    chunks.add(item);
  }

  @Override
  public void onError(Throwable throwable) {
    chunks.add(throwable);
  }

  @Override
  public void onComplete() {
    chunks.add(END);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (closed) {
      throw new IOException("the response body was closed");
    }
    if (length == 0) {
      return 0;
    }
    if (!nextBuffer()) {
      return -1;
    }
    int n = Math.min(length, buffer.remaining());
    buffer.get(into, offset, n);
    return n;
  }

  @Override
  public int available() {
    return buffer == null ? 0 : buffer.remaining();
  }

  /** @return false at the end of the body */
  @SuppressWarnings("unchecked")
  private boolean nextBuffer() throws IOException {
    while (buffer == null || !buffer.hasRemaining()) {
      if (current != null && current.hasNext()) {
        buffer = current.next();
        continue;
      }
      if (ended) {
        return false;
      }
      Object chunk = take();
      if (chunk == END) {
        ended = true;
        return false;
      }
      if (chunk instanceof Throwable failure) {
        ended = true;
        throw failure instanceof IOException io ? io : new IOException(failure);
      }
      current = ((List<ByteBuffer>) chunk).iterator();
      subscription.request(1);
    }
    return true;
  }

  private Object take() throws IOException {
    long now = System.nanoTime();
    long remaining = deadlineNanos - now;
    if (remaining <= 0) {
      close();
      throw new AttemptDeadlineException("the body was still arriving when the attempt's deadline passed");
    }
    long wait = Math.min(idleNanos, remaining);
    Object chunk;
    try {
      chunk = chunks.poll(wait, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new java.io.InterruptedIOException("interrupted while reading the response body");
    }
    if (chunk == null) {
      close();
      if (wait < idleNanos) {
        throw new AttemptDeadlineException("the body was still arriving when the attempt's deadline passed");
      }
      throw new HttpTimeoutException("no byte of the body arrived for " + TimeUnit.NANOSECONDS.toMillis(idleNanos)
          + " ms (read timeout)");
    }
    return chunk;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    chunks.clear();
    current = null;
    buffer = null;
  }

  /** The attempt's deadline (callTimeout or the call's deadline) passed while reading. */
  static final class AttemptDeadlineException extends HttpTimeoutException {
    private static final long serialVersionUID = 1L;

    AttemptDeadlineException(String message) {
      super(message);
    }
  }
}
