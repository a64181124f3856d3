package io.secplat.guardian;

import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.ScoresApi;
import io.secplat.guardian.generated.api.ScoresApi.ListScoresQueryParams;
import java.util.Map;

/**
 * The scores of the organisation. Their fields are not documented: each is a map.
 *
 * <pre>{@code
 * long scores = guardian.scores().list().stream().count();
 * }</pre>
 */
public final class Scores {
  private final ScoresApi api;

  Scores(ScoresApi api) {
    this.api = api;
  }

  /**
   * Every score, 20 per request, e.g. {@code scores().list()}.
   *
   * @return the scores, fetched lazily
   */
  @Operation("listScores")
  public PagedIterable<Map<String, Object>> list() {
    return list(GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * Every score ({@code GET /api/v2/scores.json}), e.g. {@code scores().list(100)}.
   *
   * @param perPage records per request
   * @return the scores, fetched lazily
   */
  @Operation("listScores")
  public PagedIterable<Map<String, Object>> list(int perPage) {
    return GuardianPaging.iterate(perPage, (page, size) -> api.listScores(new ListScoresQueryParams().page(page).perPage(size)));
  }
}
