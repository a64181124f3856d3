package io.secplat.core.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * A required property that notes, in the decode's own attributes, that the response carried it,
 * so that the bean's {@link DriftingDeserializer} can tell an absent required field after reading.
 */
final class PresenceMarking extends SettableBeanProperty.Delegating {
  private static final long serialVersionUID = 1L;
  /** Per-decode attribute: a stack of the presence bits of the beans being read. */
  static final Object FRAMES = new Object();

  private final int index;

  PresenceMarking(SettableBeanProperty delegate, int index) {
    super(delegate);
    this.index = index;
  }

  int index() {
    return index;
  }

  @Override
  protected SettableBeanProperty withDelegate(SettableBeanProperty d) {
    return new PresenceMarking(d, index);
  }

  @Override
  public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
    mark(ctxt);
    delegate.deserializeAndSet(p, ctxt, instance);
  }

  @Override
  public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
    mark(ctxt);
    return delegate.deserializeSetAndReturn(p, ctxt, instance);
  }

  private void mark(DeserializationContext ctxt) {
    Deque<BitSet> frames = frames(ctxt, false);
    if (frames != null && !frames.isEmpty()) {
      frames.peek().set(index);
    }
  }

  @SuppressWarnings("unchecked")
  static Deque<BitSet> frames(DeserializationContext ctxt, boolean create) {
    Deque<BitSet> frames = (Deque<BitSet>) ctxt.getAttribute(FRAMES);
    if (frames == null && create) {
      frames = new ArrayDeque<>();
      ctxt.setAttribute(FRAMES, frames);
    }
    return frames;
  }
}
