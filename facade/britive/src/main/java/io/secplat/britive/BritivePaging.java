package io.secplat.britive;

import io.secplat.core.paging.OffsetPaging;
import io.secplat.core.paging.OffsetPaging.Slice;
import io.secplat.core.paging.PagedIterable;
import java.util.List;
import java.util.function.Function;

/** Britive's {@code page}/{@code size}/{@code count} envelope, mapped onto the shared paging. */
final class BritivePaging {
  private BritivePaging() {}

  /** Fetches one zero-based page of the given size. */
  @FunctionalInterface
  interface PageCall<P> {
    P fetch(int page, int size);
  }

  /**
   * @param options the page size (and the sort and filter the call sends)
   * @param call fetches one envelope
   * @param data the envelope's records
   * @param count the envelope's total
   */
  static <P, T> PagedIterable<T> iterate(
      ListOptions options, PageCall<P> call, Function<P, List<T>> data, Function<P, Long> count) {
    return OffsetPaging.iterate(options.pageSize(), page -> {
      P envelope = call.fetch(page, options.pageSize());
      List<T> records = data.apply(envelope);
      Long total = count.apply(envelope);
      return new Slice<>(records == null ? List.of() : records, total == null ? OffsetPaging.UNKNOWN_TOTAL : total);
    });
  }
}
