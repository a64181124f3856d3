package io.secplat.jupiterone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.error.ApiException;
import io.secplat.core.http.PreEncodedBody;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Cuts a stream of graph objects into uploads bounded by count and by bytes, and sends each one
 * before reading further: memory holds one batch. Each object is serialised once, with the mapper
 * that writes requests, into the upload's body ({@link BatchBody}), so the limit is the real body
 * size and that body is what is sent ({@link PreEncodedBody}). A batch full by count is sent at
 * once; a batch full by bytes is known only when the next object is read, which then starts the
 * next batch (so after a failure the stream may be one object further on).
 *
 * @param <T> the object type
 * @param <B> the request body type (the envelope around a batch)
 */
final class Batcher<T, B> {
  /** A batch that could not be sent; every batch before it was accepted. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient List<String> keys;

    Failure(List<String> keys, Throwable cause) {
      super(cause);
      this.keys = keys;
    }
  }

  private final BatchLimits limits;
  private final ObjectMapper json;
  private final Function<T, String> keyOf;
  private final Function<List<T>, B> envelope;
  private final Consumer<B> send;
  private final BatchBody body;
  private long sent;

  /**
   * @param limits the batch limits
   * @param json the request mapper
   * @param keyOf the key that names an object in reports (null when it has none: refused)
   * @param envelope the request body for a batch: one list of the objects, nothing else set
   * @param send uploads a batch
   */
  Batcher(BatchLimits limits, ObjectMapper json, Function<T, String> keyOf, Function<List<T>, B> envelope,
      Consumer<B> send) {
    this.limits = limits;
    this.json = json;
    this.keyOf = keyOf;
    this.envelope = envelope;
    this.send = send;
    this.body = new BatchBody(new String(write(envelope.apply(List.of())), StandardCharsets.UTF_8));
  }

  /**
   * Sends every object of the iterator, batch by batch.
   *
   * @param objects the objects
   * @param accepted told, after each accepted upload, how many objects have been accepted
   * @throws Failure when an object cannot be sent or an upload fails
   */
  void sendAll(Iterator<? extends T> objects, LongConsumer accepted) {
    List<T> batch = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    while (objects.hasNext()) {
      T object = objects.next();
      String key = object == null ? null : keyOf.apply(object);
      byte[] written;
      try {
        if (key == null || key.isBlank()) {
          throw new IllegalArgumentException("object " + (sent + batch.size()) + " of the stream "
              + (object == null ? "is null" : "has no _key"));
        }
        written = write(object);
        if (body.emptySize() + written.length > limits.maxBytes()) {
          throw new IllegalArgumentException("_key " + key + " is " + written.length
              + " bytes of JSON, more than one upload may carry (" + limits.maxBytes() + " bytes)");
        }
      } catch (IllegalArgumentException invalid) {
        // the job cannot succeed any more: the pending batch is reported with it, unsent
        keys.add(key == null ? "(none)" : key);
        throw new Failure(List.copyOf(keys), invalid);
      }
      if (body.sizeWith(written.length) > limits.maxBytes()) {
        // the byte limit shows only once the next object is read: that object starts the next batch
        flush(batch, keys, accepted);
      }
      batch.add(object);
      keys.add(key);
      body.add(written);
      if (batch.size() == limits.maxCount()) {
        flush(batch, keys, accepted);
      }
    }
    flush(batch, keys, accepted);
  }

  private void flush(List<T> batch, List<String> keys, LongConsumer accepted) {
    if (batch.isEmpty()) {
      return;
    }
    B request = envelope.apply(List.copyOf(batch));
    byte[] bytes = body.takeBytes();
    try {
      PreEncodedBody.send(request, bytes, () -> {
        send.accept(request);
        return null;
      });
    } catch (ApiException e) {
      throw new Failure(List.copyOf(keys), e);
    }
    sent += batch.size();
    batch.clear();
    keys.clear();
    accepted.accept(sent);
  }

  private byte[] write(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
