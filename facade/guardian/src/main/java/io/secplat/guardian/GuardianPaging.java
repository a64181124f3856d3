package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.paging.PageNumberPaging;
import io.secplat.core.paging.PagedIterable;
import java.util.List;

/** Guardian's listings: 1-based {@code page} and {@code per_page}, until a page comes back short. */
final class GuardianPaging {
  /** Guardian's documented default page size of most listings. */
  static final int DEFAULT_PER_PAGE = 20;

  private GuardianPaging() {}

  /** Fetches one page. */
  @FunctionalInterface
  interface PageCall<T> {
    List<T> fetch(int page, int perPage);
  }

  static <T> PagedIterable<T> iterate(int perPage, PageCall<T> call) {
    Arguments.requirePositive("perPage", perPage);
    return PageNumberPaging.iterate(1, perPage, page -> call.fetch(page, perPage));
  }
}
