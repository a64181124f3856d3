package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.EventsApi;
import io.secplat.guardian.generated.api.EventsApi.CreateExternalEventQueryParams;
import io.secplat.guardian.generated.api.EventsApi.ListEventsQueryParams;
import io.secplat.guardian.generated.model.ExternalEvent;
import io.secplat.guardian.generated.model.ExternalEventCreateRequest;
import java.util.List;
import java.util.Map;

/**
 * Events extracted from views or ad hoc queries, external events, and event types.
 *
 * <pre>{@code
 * guardian.events().list(EventQuery.view("User Logins")).stream().limit(100).forEach(System.out::println);
 * guardian.events().createExternal(Map.of("type", "deploy", "version", "1.4.2"), ExternalEventSource.none());
 * }</pre>
 */
public final class Events {
  private final EventsApi api;

  Events(EventsApi api) {
    this.api = api;
  }

  /**
   * The events a view or query finds ({@code GET /api/v2/events.json}), e.g.
   * {@code events().list(EventQuery.query("type=User Logged In"))}.
   *
   * @param query the view or query, time range, cursor and page size
   * @return the events, fetched lazily (fields undocumented)
   */
  @Operation("listEvents")
  public PagedIterable<Map<String, Object>> list(EventQuery query) {
    Arguments.requireNonNull("query", query);
    return GuardianPaging.iterate(query.perPage(), (page, size) -> api.listEvents(parameters(query).page(page).perPage(size)));
  }

  /**
   * Has Guardian email the events a view or query finds, instead of returning them
   * ({@code GET /api/v2/events.json?email=&report_format=}), e.g.
   * {@code events().emailReport(EventQuery.view("User Logins"), "ops@example.com", EventReportFormat.CSV)}.
   *
   * @param query the view or query and time range (its page size is not used)
   * @param email where the report goes
   * @param format the report's format
   */
  @Operation("listEvents")
  public void emailReport(EventQuery query, String email, EventReportFormat format) {
    Arguments.requireNonNull("query", query);
    Arguments.requireNonBlank("email", email);
    Arguments.requireNonNull("format", format);
    api.listEvents(parameters(query).email(email).reportFormat(format.wireValue()));
  }

  /**
   * Records an external event with custom variables ({@code POST /api/v2/events.json}, body
   * {@code {"variables": ...}}), e.g. {@code events().createExternal(Map.of("type", "ssh_login"), ExternalEventSource.none())}.
   * Not retried.
   *
   * @param variables the event's custom information, at least one entry
   * @param source the user, node and IP address the event is about
   * @return the created event (its variables come back as a JSON string)
   */
  @Operation("createExternalEvent")
  public ExternalEvent createExternal(Map<String, Object> variables, ExternalEventSource source) {
    Arguments.requireNonNull("variables", variables);
    if (variables.isEmpty()) {
      throw new IllegalArgumentException("variables must not be empty");
    }
    Arguments.requireNonNull("source", source);
    return api.createExternalEvent(new ExternalEventCreateRequest().variables(variables),
        new CreateExternalEventQueryParams().userId(source.userId()).nodeId(source.nodeId()).ipAddress(source.ipAddress()));
  }

  /**
   * The event types, to name the type ids events carry ({@code GET /api/v2/events/types.json}), e.g.
   * {@code events().types()}.
   *
   * @return the types (fields undocumented)
   */
  @Operation("listEventTypes")
  public List<Map<String, Object>> types() {
    return api.listEventTypes();
  }

  private static ListEventsQueryParams parameters(EventQuery query) {
    return new ListEventsQueryParams().viewName(query.viewName()).query(query.query())
        .dateFrom(Dates.time(query.from())).dateTo(Dates.time(query.to())).lastEventId(query.afterEventId())
        .helperVariables(query.helperVariablesParameter());
  }
}
