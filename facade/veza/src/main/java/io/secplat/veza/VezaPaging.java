package io.secplat.veza;

import io.secplat.core.paging.PagedIterable;
import io.secplat.core.paging.TokenPaging;
import io.secplat.veza.generated.model.AssessmentQueryNode;
import io.secplat.veza.generated.model.AssessmentQueryNodesResponse;
import java.util.function.Function;

/** Veza's node listings ({@code values}, {@code next_page_token}, {@code has_more}) as lazy streams. */
final class VezaPaging {
  private VezaPaging() {}

  /** @param call fetches the page for a token (null for the first page) */
  static PagedIterable<AssessmentQueryNode> nodes(Function<String, AssessmentQueryNodesResponse> call) {
    return TokenPaging.iterate("Veza", "query-spec node listing", token -> {
      AssessmentQueryNodesResponse page = call.apply(token);
      return new TokenPaging.Slice<>(page.getValues(), page.getNextPageToken(), page.getHasMore());
    });
  }
}
