package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.EventViewsApi;
import io.secplat.guardian.generated.api.EventViewsApi.ListEventViewsQueryParams;
import io.secplat.guardian.generated.model.EventView;
import io.secplat.guardian.generated.model.EventViewCreateAttributes;
import io.secplat.guardian.generated.model.EventViewCreateRequest;
import io.secplat.guardian.generated.model.EventViewUpdateAttributes;
import io.secplat.guardian.generated.model.EventViewUpdateRequest;

/**
 * Event views: saved event queries. Global event views can be neither created, changed nor
 * deleted. The Rails root key {@code event_view} of request bodies is added here.
 *
 * <pre>{@code
 * EventView view = guardian.eventViews().create(new EventViewCreateAttributes()
 *     .name("User Logins").query("type=User Logged In").viewType(2));
 * guardian.eventViews().update(view.getId(), new EventViewUpdateAttributes().name("Logins"));
 * }</pre>
 */
public final class EventViews {
  private final EventViewsApi api;

  EventViews(EventViewsApi api) {
    this.api = api;
  }

  /**
   * The skeleton of a new event view ({@code GET /api/v2/event_views/new.json}), e.g.
   * {@code eventViews().template()}.
   *
   * @return the skeleton
   */
  @Operation("getEventViewTemplate")
  public EventView template() {
    return api.getEventViewTemplate();
  }

  /**
   * Every event view, 20 per request, e.g. {@code eventViews().list()}.
   *
   * @return the event views, fetched lazily
   */
  @Operation("listEventViews")
  public PagedIterable<EventView> list() {
    return list(GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * Every event view ({@code GET /api/v2/event_views.json}), e.g. {@code eventViews().list(50)}.
   *
   * @param perPage records per request
   * @return the event views, fetched lazily
   */
  @Operation("listEventViews")
  public PagedIterable<EventView> list(int perPage) {
    return GuardianPaging.iterate(perPage,
        (page, size) -> api.listEventViews(new ListEventViewsQueryParams().page(page).perPage(size)));
  }

  /**
   * Creates an event view ({@code POST /api/v2/event_views.json}, body {@code {"event_view": ...}}),
   * e.g. {@code eventViews().create(new EventViewCreateAttributes().name("User Logins"))}. Not retried.
   *
   * @param attributes the new view's fields; unset fields are not sent
   * @return the created view
   */
  @Operation("createEventView")
  public EventView create(EventViewCreateAttributes attributes) {
    return api.createEventView(new EventViewCreateRequest().eventView(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * One event view ({@code GET /api/v2/event_views/{id}.json}), e.g. {@code eventViews().get(1)}.
   *
   * @param eventViewId the view's id
   * @return the view
   */
  @Operation("getEventView")
  public EventView get(long eventViewId) {
    return api.getEventView(Ids.id("eventViewId", eventViewId));
  }

  /**
   * Changes the fields given ({@code PUT /api/v2/event_views/{id}.json}), e.g.
   * {@code eventViews().update(1, new EventViewUpdateAttributes().name("Logins"))}.
   *
   * @param eventViewId the view's id
   * @param attributes the fields to change; unset fields are not sent and stay as they are
   */
  @Operation("updateEventView")
  public void update(long eventViewId, EventViewUpdateAttributes attributes) {
    long id = Ids.id("eventViewId", eventViewId);
    api.updateEventView(id, new EventViewUpdateRequest().eventView(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * Deletes an event view ({@code DELETE /api/v2/event_views/{id}.json}), e.g. {@code eventViews().delete(1)}.
   *
   * @param eventViewId the view's id
   */
  @Operation("deleteEventView")
  public void delete(long eventViewId) {
    api.deleteEventView(Ids.id("eventViewId", eventViewId));
  }
}
