package io.secplat.jupiterone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.error.ApiException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Cuts a stream of graph objects into uploads bounded by count and by bytes, and sends each one
 * before reading further: memory holds one batch. Sizes are measured by serialising each object
 * with the same mapper that writes the request, so the limit is the real body size. A batch full
 * by count is sent at once; a batch full by bytes is known only when the next object is read,
 * which then starts the next batch (so after a failure the stream may be one object further on).
 *
 * @param <T> the object type
 */
final class Batcher<T> {
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
  private final Function<List<T>, Object> envelope;
  private final Consumer<List<T>> send;
  private final long envelopeBytes;
  private long sent;

  /**
   * @param limits the batch limits
   * @param json the request mapper
   * @param keyOf the key that names an object in reports (null when it has none: refused)
   * @param envelope the request body for a batch
   * @param send uploads a batch
   */
  Batcher(BatchLimits limits, ObjectMapper json, Function<T, String> keyOf, Function<List<T>, Object> envelope,
      Consumer<List<T>> send) {
    this.limits = limits;
    this.json = json;
    this.keyOf = keyOf;
    this.envelope = envelope;
    this.send = send;
    this.envelopeBytes = size(envelope.apply(List.of()));
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
    long bytes = envelopeBytes;
    while (objects.hasNext()) {
      T object = objects.next();
      String key = object == null ? null : keyOf.apply(object);
      long size;
      try {
        if (key == null || key.isBlank()) {
          throw new IllegalArgumentException("object " + (sent + batch.size()) + " of the stream "
              + (object == null ? "is null" : "has no _key"));
        }
        size = size(object);
        if (envelopeBytes + size > limits.maxBytes()) {
          throw new IllegalArgumentException("_key " + key + " is " + size + " bytes of JSON, more than one upload may carry ("
              + limits.maxBytes() + " bytes)");
        }
      } catch (IllegalArgumentException invalid) {
        // the job cannot succeed any more: the pending batch is reported with it, unsent
        keys.add(key == null ? "(none)" : key);
        throw new Failure(List.copyOf(keys), invalid);
      }
      long added = size + (batch.isEmpty() ? 0 : 1);
      if (bytes + added > limits.maxBytes()) {
        // the byte limit shows only once the next object is read: that object starts the next batch
        flush(batch, keys, accepted);
        bytes = envelopeBytes;
        added = size;
      }
      batch.add(object);
      keys.add(key);
      bytes += added;
      if (batch.size() == limits.maxCount()) {
        flush(batch, keys, accepted);
        bytes = envelopeBytes;
      }
    }
    flush(batch, keys, accepted);
  }

  private void flush(List<T> batch, List<String> keys, LongConsumer accepted) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      send.accept(List.copyOf(batch));
    } catch (ApiException e) {
      throw new Failure(List.copyOf(keys), e);
    }
    sent += batch.size();
    batch.clear();
    keys.clear();
    accepted.accept(sent);
  }

  private long size(Object value) {
    try {
      return json.writeValueAsBytes(value).length;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
