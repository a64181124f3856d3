package io.secplat.mock.jupiterone;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entity's custom properties that tell the graph's index when they change in place (an
 * {@code updateEntity} mutation), so J1QL sees the change at once.
 */
final class WatchedProperties extends LinkedHashMap<String, Object> {
  private static final long serialVersionUID = 1L;
  private transient GraphIndex index;

  void watch(GraphIndex index) {
    this.index = index;
  }

  private void changed() {
    if (index != null) {
      index.propertiesChanged();
    }
  }

  @Override
  public Object put(String key, Object value) {
    Object old = super.put(key, value);
    changed();
    return old;
  }

  @Override
  public void putAll(Map<? extends String, ?> map) {
    super.putAll(map);
    changed();
  }

  @Override
  public Object remove(Object key) {
    Object old = super.remove(key);
    changed();
    return old;
  }

  @Override
  public void clear() {
    super.clear();
    changed();
  }
}
