package io.secplat.jupiterone;

import io.secplat.core.paging.PagedIterable;
import io.secplat.core.paging.TokenPaging;
import io.secplat.jupiterone.generated.graphql.PageInfo;
import java.util.List;
import java.util.function.Function;

/**
 * JupiterOne's {@code pageInfo {endCursor hasNextPage}} lists (listVertices, audit events, IAM
 * groups and members) on the shared token paging: the next page is asked for with the previous
 * {@code endCursor} while {@code hasNextPage} is true.
 */
final class JupiterOnePaging {
  private JupiterOnePaging() {}

  static <P, T> PagedIterable<T> pageInfo(Function<String, P> call, Function<P, List<T>> items, Function<P, PageInfo> info) {
    return TokenPaging.iterate(cursor -> {
      P page = call.apply(cursor);
      if (page == null) {
        return new TokenPaging.Slice<>(List.of(), null, Boolean.FALSE);
      }
      PageInfo pageInfo = info.apply(page);
      boolean more = pageInfo != null && Boolean.TRUE.equals(pageInfo.getHasNextPage());
      return new TokenPaging.Slice<>(items.apply(page), more ? pageInfo.getEndCursor() : null, more);
    });
  }
}
