package io.secplat.mock.paging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A map in insertion order (like {@link java.util.LinkedHashMap}: replacing a value keeps its
 * place) that also finds the entry at a position: {@link #range(long, long)} costs
 * O(page + log n) instead of walking the map to the page (issue 18: the mocks' paging costs O(page)
 * per page, not O(total)). Entries sit in an array, a Fenwick tree counts the live ones so that
 * the {@code k}-th is found by binary descent, and removed ones leave a hole until holes outnumber
 * live entries, when the array is compacted (amortised O(1) per removal). Null keys and values are
 * not allowed. Not thread-safe: the mocks' states guard it.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class InsertionOrder<K, V> implements Pageable<V> {
  private static final int MIN_HOLES_TO_COMPACT = 32;
  private Object[] keys = new Object[16];
  private Object[] values = new Object[16];
  /** Fenwick tree over slots 1..capacity: 1 for a live slot, 0 for a hole or an unused one. */
  private int[] tree = new int[17];
  private final Map<K, Integer> slots = new HashMap<>();
  /** Slots used so far (live and holes). */
  private int end;
  private int holes;

  /** @return how many entries there are */
  @Override
  public int size() {
    return slots.size();
  }

  /**
   * @param key a key
   * @return its value, or null when absent
   */
  @SuppressWarnings("unchecked")
  public V get(K key) {
    Integer slot = slots.get(key);
    return slot == null ? null : (V) values[slot];
  }

  /**
   * @param key a key
   * @return whether it is present
   */
  public boolean containsKey(K key) {
    return slots.containsKey(key);
  }

  /**
   * Adds an entry at the end, or replaces the value of a present key in its place.
   *
   * @param key the key
   * @param value the value
   * @return the value replaced, or null
   */
  @SuppressWarnings("unchecked")
  public V put(K key, V value) {
    if (key == null || value == null) {
      throw new IllegalArgumentException("InsertionOrder holds no null key or value");
    }
    Integer slot = slots.get(key);
    if (slot != null) {
      V old = (V) values[slot];
      values[slot] = value;
      return old;
    }
    if (end == keys.length) {
      grow();
    }
    keys[end] = key;
    values[end] = value;
    slots.put(key, end);
    add(end, 1);
    end++;
    return null;
  }

  /**
   * @param key a key
   * @return the value removed, or null when absent
   */
  @SuppressWarnings("unchecked")
  public V remove(K key) {
    Integer slot = slots.remove(key);
    if (slot == null) {
      return null;
    }
    V old = (V) values[slot];
    keys[slot] = null;
    values[slot] = null;
    add(slot, -1);
    holes++;
    if (holes >= MIN_HOLES_TO_COMPACT && holes > slots.size()) {
      compact(keys.length);
    }
    return old;
  }

  /**
   * Removes the entries whose value passes the test. O(n).
   *
   * @param test which values to remove
   * @return whether any was removed
   */
  @SuppressWarnings("unchecked")
  public boolean removeIf(Predicate<? super V> test) {
    List<K> doomed = new ArrayList<>();
    for (int slot = 0; slot < end; slot++) {
      if (values[slot] != null && test.test((V) values[slot])) {
        doomed.add((K) keys[slot]);
      }
    }
    doomed.forEach(this::remove);
    return !doomed.isEmpty();
  }

  /** Removes every entry. */
  public void clear() {
    keys = new Object[16];
    values = new Object[16];
    tree = new int[17];
    slots.clear();
    end = 0;
    holes = 0;
  }

  /**
   * The values at positions {@code from} (inclusive) to {@code to} (exclusive), in insertion order;
   * fewer when the map ends first. O(page + log n) without removals, O(page * log n) at worst.
   *
   * @param from the first position, 0-based
   * @param to the position after the last
   * @return the values, a new list
   */
  @SuppressWarnings("unchecked")
  @Override
  public List<V> range(long from, long to) {
    int last = (int) Math.min(to, size());
    if (from < 0 || from >= last) {
      return new ArrayList<>(0);
    }
    List<V> page = new ArrayList<>(last - (int) from);
    int rank = (int) from;
    int slot = slotOfRank(rank);
    while (rank < last) {
      if (slot >= end || values[slot] == null) {
        slot = slotOfRank(rank);    // jump over holes: the next live slot
      }
      page.add((V) values[slot]);
      rank++;
      slot++;
    }
    return page;
  }

  /**
   * The values that pass the test, at positions {@code from} to {@code to} among those that pass:
   * a walk from the start that stops once the window is full, O(from + page) entries tested.
   *
   * @param test which values count
   * @param from the first position among the values that pass, 0-based
   * @param to the position after the last
   * @return the values, a new list
   */
  @SuppressWarnings("unchecked")
  @Override
  public List<V> range(Predicate<? super V> test, long from, long to) {
    List<V> page = new ArrayList<>();
    long matched = 0;
    for (int slot = 0; slot < end && matched < to; slot++) {
      V value = (V) values[slot];
      if (value != null && test.test(value)) {
        if (matched >= from) {
          page.add(value);
        }
        matched++;
      }
    }
    return page;
  }

  /**
   * How many values pass the test, counting at most {@code limit}: a walk that stops there.
   *
   * @param test which values count
   * @param limit where to stop counting
   * @return min(count, limit)
   */
  @SuppressWarnings("unchecked")
  @Override
  public long count(Predicate<? super V> test, long limit) {
    long matched = 0;
    for (int slot = 0; slot < end && matched < limit; slot++) {
      V value = (V) values[slot];
      if (value != null && test.test(value)) {
        matched++;
      }
    }
    return matched;
  }

  /** @return every value in insertion order, a new list */
  public List<V> values() {
    return range(0, size());
  }

  /** @return every key in insertion order, a new list */
  @SuppressWarnings("unchecked")
  public List<K> keys() {
    List<K> all = new ArrayList<>(size());
    for (int slot = 0; slot < end; slot++) {
      if (keys[slot] != null) {
        all.add((K) keys[slot]);
      }
    }
    return all;
  }

  /** The slot of the live entry at this rank (0-based): binary descent in the Fenwick tree. */
  private int slotOfRank(int rank) {
    int position = 0;
    int remaining = rank + 1;
    for (int step = Integer.highestOneBit(tree.length - 1); step > 0; step >>= 1) {
      int next = position + step;
      if (next < tree.length && tree[next] < remaining) {
        position = next;
        remaining -= tree[next];
      }
    }
    return position;   // tree index position + 1 is the slot's, 1-based
  }

  private void add(int slot, int delta) {
    for (int i = slot + 1; i < tree.length; i += i & -i) {
      tree[i] += delta;
    }
  }

  private void grow() {
    compact(holes * 2 >= keys.length ? keys.length : keys.length * 2);
  }

  /** Moves the live entries to the front of arrays of this capacity and rebuilds the tree: O(n). */
  @SuppressWarnings("unchecked")
  private void compact(int capacity) {
    Object[] newKeys = new Object[capacity];
    Object[] newValues = new Object[capacity];
    int next = 0;
    for (int slot = 0; slot < end; slot++) {
      if (keys[slot] != null) {
        newKeys[next] = keys[slot];
        newValues[next] = values[slot];
        slots.put((K) keys[slot], next);
        next++;
      }
    }
    keys = newKeys;
    values = newValues;
    end = next;
    holes = 0;
    tree = new int[capacity + 1];
    for (int i = 1; i <= capacity; i++) {     // linear Fenwick build: slots 1..end are live
      tree[i] += i <= end ? 1 : 0;
      int parent = i + (i & -i);
      if (parent <= capacity) {
        tree[parent] += tree[i];
      }
    }
  }

  @Override
  public String toString() {
    return "InsertionOrder" + Arrays.toString(Arrays.copyOf(keys, end));
  }
}
