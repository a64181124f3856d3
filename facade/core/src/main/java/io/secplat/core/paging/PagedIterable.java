package io.secplat.core.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All results of a paged operation, fetched lazily: the first page when iteration starts, each
 * next page only when the items before it are used up. Empty pages that announce more are
 * skipped. Each iteration starts again from the first page.
 *
 * <pre>{@code
 * britive.accounts().list("app-1", "env-1", ListOptions.defaults())
 *     .stream()
 *     .filter(Account::getPrivileged)
 *     .limit(10)                       // stops fetching after the page holding the 10th
 *     .forEach(a -> System.out.println(a.getNativeName()));
 * }</pre>
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final Supplier<Page<T>> firstPage;

  /** @param firstPage fetches the first page; called once per iteration */
  public PagedIterable(Supplier<Page<T>> firstPage) {
    this.firstPage = java.util.Objects.requireNonNull(firstPage, "firstPage");
  }

  @Override
  public Iterator<T> iterator() {
    return new ItemIterator<>(pages().iterator());
  }

  /** @return the items as a sequential stream; the next page is fetched only when needed */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** @return the pages themselves, for callers that work page by page */
  public Iterable<Page<T>> pages() {
    return () -> new PageIterator<>(firstPage);
  }

  private static final class PageIterator<T> implements Iterator<Page<T>> {
    private Supplier<Page<T>> fetchNext;

    PageIterator(Supplier<Page<T>> first) {
      this.fetchNext = first;
    }

    @Override
    public boolean hasNext() {
      return fetchNext != null;
    }

    @Override
    public Page<T> next() {
      if (fetchNext == null) {
        throw new NoSuchElementException();
      }
      Page<T> page = fetchNext.get();
      fetchNext = page.hasNext() ? page::next : null;
      return page;
    }
  }

  private static final class ItemIterator<T> implements Iterator<T> {
    private final Iterator<Page<T>> pages;
    private Iterator<T> current = java.util.Collections.emptyIterator();

    ItemIterator(Iterator<Page<T>> pages) {
      this.pages = pages;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && pages.hasNext()) {
        current = pages.next().items().iterator();
      }
      return current.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
