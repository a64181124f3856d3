package io.secplat.mock.paging;

import java.util.List;
import java.util.function.Predicate;

/**
 * A listing a mock pages through without copying it: its size, a window by position, and, for
 * filtered listings, a window among the values that pass and a count that stops early.
 *
 * @param <V> the value type
 */
public interface Pageable<V> {
  /** @return how many values there are */
  int size();

  /**
   * @param from the first position, 0-based
   * @param to the position after the last
   * @return the values at those positions (fewer when the listing ends first), a new list
   */
  List<V> range(long from, long to);

  /**
   * @param test which values count
   * @param from the first position among the values that pass, 0-based
   * @param to the position after the last
   * @return those values, a new list
   */
  List<V> range(Predicate<? super V> test, long from, long to);

  /**
   * @param test which values count
   * @param limit where to stop counting
   * @return how many values pass, at most {@code limit}
   */
  long count(Predicate<? super V> test, long limit);

  /**
   * A view whose every call holds the lock (the monitor of the state that owns the listing).
   *
   * @param <V> the value type
   * @param lock the monitor to hold
   * @param listing the listing
   * @return the view
   */
  static <V> Pageable<V> guarded(Object lock, Pageable<V> listing) {
    return new Pageable<>() {
      @Override
      public int size() {
        synchronized (lock) {
          return listing.size();
        }
      }

      @Override
      public List<V> range(long from, long to) {
        synchronized (lock) {
          return listing.range(from, to);
        }
      }

      @Override
      public List<V> range(Predicate<? super V> test, long from, long to) {
        synchronized (lock) {
          return listing.range(test, from, to);
        }
      }

      @Override
      public long count(Predicate<? super V> test, long limit) {
        synchronized (lock) {
          return listing.count(test, limit);
        }
      }
    };
  }

  /**
   * @param <V> the value type
   * @return a listing with nothing in it
   */
  static <V> Pageable<V> empty() {
    return guarded(new Object(), new InsertionOrder<Object, V>());
  }
}
