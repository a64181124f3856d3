package io.secplat.core.http;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sends a request body that the caller has already written as JSON, without writing it again.
 * For callers that must serialise objects anyway (to bound an upload by its size in bytes, say):
 * the generated Feign method is called as usual, with its typed body, and the stack's encoder sends
 * the given bytes for that very object (by identity) instead of serialising it.
 *
 * <pre>{@code
 * byte[] bytes = ...; // exactly what the mapper writes for body
 * PreEncodedBody.send(body, bytes, () -> api.upload(jobId, body));
 * }</pre>
 *
 * <p>The bytes must be what {@link HttpStack#json()} writes for the body; they are used for that
 * object (by identity) while {@code call} runs.
 */
public final class PreEncodedBody {
  /** Body object (by identity) to its bytes and how many calls are sending it. */
  private static final Map<Object, Entry> SENDING = new IdentityHashMap<>();

  private static final class Entry {
    final byte[] json;
    int users;

    Entry(byte[] json) {
      this.json = json;
    }
  }

  private PreEncodedBody() {}

  /**
   * Runs a call whose request body is {@code body}, sending {@code json} as its bytes.
   *
   * @param body the body object the call passes to its Feign method
   * @param json the body written as JSON, in UTF-8
   * @param call the call
   * @param <R> what the call returns
   * @return what the call returned
   */
  public static <R> R send(Object body, byte[] json, Supplier<R> call) {
    synchronized (SENDING) {
      SENDING.computeIfAbsent(body, b -> new Entry(json)).users++;
    }
    try {
      return call.get();
    } finally {
      synchronized (SENDING) {
        Entry entry = SENDING.get(body);
        if (entry != null && --entry.users == 0) {
          SENDING.remove(body);
        }
      }
    }
  }

  /**
   * @param body a body about to be encoded
   * @return its bytes when a {@link #send} for that very object is running, else null
   */
  static byte[] bytesOf(Object body) {
    synchronized (SENDING) {
      Entry entry = SENDING.get(body);
      return entry == null ? null : entry.json;
    }
  }
}
