package io.secplat.core.http;

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
 * <p>The bytes must be what {@link HttpStack#json()} writes for the body; they are only used by a
 * call on the current thread, for that object, while {@code call} runs.
 */
public final class PreEncodedBody {
  private static final ThreadLocal<PreEncodedBody> CURRENT = new ThreadLocal<>();

  private final Object body;
  private final byte[] json;

  private PreEncodedBody(Object body, byte[] json) {
    this.body = body;
    this.json = json;
  }

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
    PreEncodedBody outer = CURRENT.get();
    CURRENT.set(new PreEncodedBody(body, json));
    try {
      return call.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /**
   * @param body a body about to be encoded
   * @return its bytes when a {@link #send} on this thread supplied them, else null
   */
  static byte[] bytesOf(Object body) {
    PreEncodedBody current = CURRENT.get();
    return current != null && current.body == body ? current.json : null;
  }
}
