package io.secplat.britive;

import io.secplat.core.paging.OffsetPaging;
import io.secplat.core.paging.OffsetPaging.Slice;
import io.secplat.core.paging.PagedIterable;
import java.util.List;

/** Britive's {@code page}/{@code size}/{@code count} envelope, mapped onto the shared paging. */
final class BritivePaging {
  private BritivePaging() {}

  /** Fetches one zero-based page. */
  @FunctionalInterface
  interface PageCall<T> {
    Slice<T> fetch(int page, int size);
  }

  static <T> PagedIterable<T> iterate(ListOptions options, PageCall<T> call) {
    return OffsetPaging.iterate(options.pageSize(), page -> call.fetch(page, options.pageSize()));
  }

  static <T> Slice<T> slice(List<T> data, Long count) {
    return new Slice<>(data == null ? List.of() : data, count == null ? OffsetPaging.UNKNOWN_TOTAL : count);
  }
}
