package io.secplat.guardian;

import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.IncidentsApi;
import io.secplat.guardian.generated.api.IncidentsApi.ListIncidentsQueryParams;
import java.util.Map;

/**
 * Incidents synchronised from a ServiceNow integration. Their fields are ServiceNow's: each
 * record is a map.
 *
 * <pre>{@code
 * guardian.incidents().list().forEach(incident -> System.out.println(incident.get("number")));
 * }</pre>
 */
public final class Incidents {
  private final IncidentsApi api;

  Incidents(IncidentsApi api) {
    this.api = api;
  }

  /**
   * Every incident, 20 per request, e.g. {@code incidents().list()}.
   *
   * @return the incidents, fetched lazily
   */
  @Operation("listIncidents")
  public PagedIterable<Map<String, Object>> list() {
    return list(GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * Every incident ({@code GET /api/v2/incidents.json}), e.g. {@code incidents().list(100)}.
   *
   * @param perPage records per request
   * @return the incidents, fetched lazily
   */
  @Operation("listIncidents")
  public PagedIterable<Map<String, Object>> list(int perPage) {
    return GuardianPaging.iterate(perPage,
        (page, size) -> api.listIncidents(new ListIncidentsQueryParams().page(page).perPage(size)));
  }

  /**
   * One incident ({@code GET /api/v2/incidents/{id}.json}), e.g. {@code incidents().get(12)}.
   *
   * @param incidentId the incident's id
   * @return the ServiceNow record
   */
  @Operation("getIncident")
  public Map<String, Object> get(long incidentId) {
    return api.getIncident(Ids.id("incidentId", incidentId));
  }
}
