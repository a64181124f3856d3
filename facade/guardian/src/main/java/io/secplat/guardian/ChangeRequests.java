package io.secplat.guardian;

import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.ChangeRequestsApi;
import io.secplat.guardian.generated.api.ChangeRequestsApi.ListChangeRequestsQueryParams;
import java.util.Map;

/**
 * Change requests synchronised from a ServiceNow integration. Their fields are ServiceNow's: each
 * record is a map.
 *
 * <pre>{@code
 * guardian.changeRequests().list().stream().limit(10).forEach(System.out::println);
 * }</pre>
 */
public final class ChangeRequests {
  private final ChangeRequestsApi api;

  ChangeRequests(ChangeRequestsApi api) {
    this.api = api;
  }

  /**
   * Every change request, 20 per request, e.g. {@code changeRequests().list()}.
   *
   * @return the change requests, fetched lazily
   */
  @Operation("listChangeRequests")
  public PagedIterable<Map<String, Object>> list() {
    return list(GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * Every change request ({@code GET /api/v2/change_requests.json}), e.g. {@code changeRequests().list(100)}.
   *
   * @param perPage records per request
   * @return the change requests, fetched lazily
   */
  @Operation("listChangeRequests")
  public PagedIterable<Map<String, Object>> list(int perPage) {
    return GuardianPaging.iterate(perPage,
        (page, size) -> api.listChangeRequests(new ListChangeRequestsQueryParams().page(page).perPage(size)));
  }

  /**
   * One change request ({@code GET /api/v2/change_requests/{id}.json}), e.g. {@code changeRequests().get(4)}.
   *
   * @param changeRequestId the change request's id
   * @return the ServiceNow record
   */
  @Operation("getChangeRequest")
  public Map<String, Object> get(long changeRequestId) {
    return api.getChangeRequest(Ids.id("changeRequestId", changeRequestId));
  }
}
