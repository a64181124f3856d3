package io.secplat.jupiterone;

import static io.secplat.jupiterone.Endpoint.variables;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.jupiterone.generated.graphql.AuditEvent;
import io.secplat.jupiterone.generated.graphql.AuditEventPage;

/**
 * The user events of the account (getAuditEventsForAccount), as a lazy sequence over pages.
 *
 * <pre>{@code
 * j1.auditEvents().list(100).stream().limit(10).forEach(e -> System.out.println(e.getCategory()));
 * }</pre>
 */
public final class AuditEvents {
  /** Events asked for per page unless another size is given. */
  public static final int DEFAULT_PAGE_SIZE = 100;
  private final Endpoint graph;

  AuditEvents(Endpoint graph) {
    this.graph = graph;
  }

  /** @return every event, {@value #DEFAULT_PAGE_SIZE} per request */
  @Operation("getAuditEventsForAccount")
  public PagedIterable<AuditEvent> list() {
    return list(DEFAULT_PAGE_SIZE);
  }

  /**
   * @param pageSize events per request, positive
   * @return every event, fetched lazily
   */
  @Operation("getAuditEventsForAccount")
  public PagedIterable<AuditEvent> list(int pageSize) {
    Arguments.requirePositive("pageSize", pageSize);
    return JupiterOnePaging.pageInfo(
        cursor -> graph.call(Operations.GET_AUDIT_EVENTS_FOR_ACCOUNT, "getAuditEventsForAccount",
            variables("limit", pageSize, "cursor", cursor), AuditEventPage.class),
        AuditEventPage::getItems, AuditEventPage::getPageInfo);
  }
}
