package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.DiffsApi;
import io.secplat.guardian.generated.api.DiffsApi.ListDiffsQueryParams;
import io.secplat.guardian.generated.model.DiffItemList;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Node scan item diffs of the organisation: a lazy listing of the diff items (Guardian pages the
 * {@code diff_items} inside each answer), or the first page as a CSV document.
 *
 * <pre>{@code
 * guardian.diffs().list(DiffOptions.defaults().withScope(Scope.nodeGroup(1)))
 *     .forEach(item -> System.out.println(item.get("name")));
 * }</pre>
 */
public final class Diffs {
  private final DiffsApi api;
  private final DocumentsApi documents;

  Diffs(DiffsApi api, DocumentsApi documents) {
    this.api = api;
    this.documents = documents;
  }

  /**
   * Every diff item ({@code GET /api/v2/diffs.json}), e.g. {@code diffs().list(DiffOptions.defaults())}.
   *
   * @param options scope, times, ignored items and page size
   * @return the diff items, fetched lazily (fields undocumented)
   */
  @Operation("listDiffs")
  public PagedIterable<Map<String, Object>> list(DiffOptions options) {
    Arguments.requireNonNull("options", options);
    return GuardianPaging.iterate(options.perPage(), (page, size) -> {
      DiffItemList diffs = api.listDiffs(Ids.JSON, parameters(options).page(page).perPage(size));
      return diffs == null || diffs.getDiffItems() == null ? List.of() : diffs.getDiffItems();
    });
  }

  /**
   * One page of diff items as CSV ({@code GET /api/v2/diffs.csv}), streamed, e.g.
   * {@code diffs().csv(DiffOptions.defaults().withPerPage(10_000), 1)}.
   *
   * @param options scope, times, ignored items and how many items a page holds
   * @param page the page, from 1
   * @return the CSV document as it arrives; the caller closes it
   */
  @Operation("listDiffs")
  public InputStream csv(DiffOptions options, int page) {
    Arguments.requireNonNull("options", options);
    Arguments.requirePositive("page", page);
    return Documents.open(documents.diffs(Ids.CSV, parameters(options).page(page).perPage(options.perPage())));
  }

  private static ListDiffsQueryParams parameters(DiffOptions options) {
    Scope scope = options.scope();
    return new ListDiffsQueryParams().environmentId(scope.environmentId()).nodeGroupId(scope.nodeGroupId())
        .nodeId(scope.nodeId()).dateFrom(Dates.time(options.from())).dateTo(Dates.time(options.to()))
        .includeIgnored(options.includeIgnored());
  }
}
