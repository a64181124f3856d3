package io.secplat.core.paging;

import java.util.List;
import java.util.function.Supplier;

/**
 * One page of results and the way to the next one.
 *
 * <p>A page keeps only its own items and a function that fetches the next page, never the pages
 * before it, so iterating any number of results holds one page in memory.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final Supplier<Page<T>> next;

  private Page(List<T> items, Supplier<Page<T>> next) {
    this.items = items == null ? List.of() : List.copyOf(items);
    this.next = next;
  }

  /**
   * A page followed by another one.
   *
   * @param items the items of this page (may be empty: some APIs send empty pages mid-stream)
   * @param next fetches the next page when called
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(List<T> items, Supplier<Page<T>> next) {
    return new Page<>(items, java.util.Objects.requireNonNull(next, "next"));
  }

  /**
   * The last page.
   *
   * @param items the items of this page
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null);
  }

  /** @return the items of this page, unmodifiable */
  public List<T> items() {
    return items;
  }

  /** @return true when another page follows */
  public boolean hasNext() {
    return next != null;
  }

  /**
   * Fetches the next page.
   *
   * @return the next page
   * @throws java.util.NoSuchElementException on the last page
   */
  public Page<T> next() {
    if (next == null) {
      throw new java.util.NoSuchElementException("this is the last page");
    }
    return next.get();
  }
}
