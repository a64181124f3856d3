package io.secplat.jupiterone;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The JSON body of one upload, written as objects are added: the envelope's text before its one
 * list ({@code {"entities":[}}), the objects separated by commas, the text after it ({@code ]}}).
 * Its {@link #size()} is the body's exact length at every step, so a byte limit is checked on what
 * will be sent, and the body is sent as written (each object is serialised once).
 */
final class BatchBody {
  private final byte[] head;
  private final byte[] tail;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
  private int count;

  /**
   * @param emptyEnvelope the envelope written with an empty list: it must contain exactly one
   *     {@code []}, where the objects go
   */
  BatchBody(String emptyEnvelope) {
    int list = emptyEnvelope.indexOf("[]");
    if (list < 0 || emptyEnvelope.indexOf("[]", list + 1) >= 0) {
      throw new IllegalStateException("an upload envelope must hold exactly one empty list, was " + emptyEnvelope);
    }
    this.head = emptyEnvelope.substring(0, list + 1).getBytes(StandardCharsets.UTF_8);
    this.tail = emptyEnvelope.substring(list + 1).getBytes(StandardCharsets.UTF_8);
    buffer.writeBytes(head);
  }

  /** @return the length of the body with no object */
  long emptySize() {
    return head.length + tail.length;
  }

  /** @return the length of the body with the objects added so far */
  long size() {
    return buffer.size() + tail.length;
  }

  /**
   * @param objectSize the length of an object's JSON
   * @return the length of the body once that object is added
   */
  long sizeWith(long objectSize) {
    return size() + objectSize + (count == 0 ? 0 : 1);
  }

  /** @param json an object's JSON, appended to the list */
  void add(byte[] json) {
    if (count++ > 0) {
      buffer.write(',');
    }
    buffer.writeBytes(json);
  }

  /** @return the number of objects added */
  int count() {
    return count;
  }

  /** @return the complete body; the buffer is then empty again for the next upload */
  byte[] takeBytes() {
    buffer.writeBytes(tail);
    byte[] body = buffer.toByteArray();
    buffer.reset();
    buffer.writeBytes(head);
    count = 0;
    return body;
  }
}
