package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.EventActionsApi;
import io.secplat.guardian.generated.api.EventActionsApi.ListEventActionsQueryParams;
import io.secplat.guardian.generated.model.EventAction;
import io.secplat.guardian.generated.model.EventActionCreateAttributes;
import io.secplat.guardian.generated.model.EventActionCreateRequest;
import io.secplat.guardian.generated.model.EventActionUpdateAttributes;
import io.secplat.guardian.generated.model.EventActionUpdateRequest;

/**
 * Actions triggered by the events of an event view. The Rails root key {@code event_action} of
 * request bodies is added here.
 *
 * <pre>{@code
 * EventAction action = guardian.eventActions().create(new EventActionCreateAttributes()
 *     .name("Send Email").actionType(2).eventViewId(1L));
 * guardian.eventActions().update(action.getId(), new EventActionUpdateAttributes().name("Page on-call"));
 * }</pre>
 */
public final class EventActions {
  private final EventActionsApi api;

  EventActions(EventActionsApi api) {
    this.api = api;
  }

  /**
   * The skeleton of a new event action ({@code GET /api/v2/event_actions/new.json}), e.g.
   * {@code eventActions().template()}.
   *
   * @return the skeleton
   */
  @Operation("getEventActionTemplate")
  public EventAction template() {
    return api.getEventActionTemplate();
  }

  /**
   * Every event action, 20 per request, e.g. {@code eventActions().list()}.
   *
   * @return the event actions, fetched lazily
   */
  @Operation("listEventActions")
  public PagedIterable<EventAction> list() {
    return list(GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * Every event action ({@code GET /api/v2/event_actions.json}), e.g. {@code eventActions().list(50)}.
   *
   * @param perPage records per request
   * @return the event actions, fetched lazily
   */
  @Operation("listEventActions")
  public PagedIterable<EventAction> list(int perPage) {
    return GuardianPaging.iterate(perPage,
        (page, size) -> api.listEventActions(new ListEventActionsQueryParams().page(page).perPage(size)));
  }

  /**
   * Creates an event action ({@code POST /api/v2/event_actions.json}, body {@code {"event_action": ...}}),
   * e.g. {@code eventActions().create(new EventActionCreateAttributes().name("Send Email"))}. Not retried.
   *
   * @param attributes the new action's fields; unset fields are not sent
   * @return the created action
   */
  @Operation("createEventAction")
  public EventAction create(EventActionCreateAttributes attributes) {
    return api.createEventAction(new EventActionCreateRequest().eventAction(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * One event action ({@code GET /api/v2/event_actions/{id}.json}), e.g. {@code eventActions().get(1)}.
   *
   * @param eventActionId the action's id
   * @return the action
   */
  @Operation("getEventAction")
  public EventAction get(long eventActionId) {
    return api.getEventAction(Ids.id("eventActionId", eventActionId));
  }

  /**
   * Changes the fields given ({@code PUT /api/v2/event_actions/{id}.json}), e.g.
   * {@code eventActions().update(1, new EventActionUpdateAttributes().name("Page"))}.
   *
   * @param eventActionId the action's id
   * @param attributes the fields to change; unset fields are not sent and stay as they are
   */
  @Operation("updateEventAction")
  public void update(long eventActionId, EventActionUpdateAttributes attributes) {
    long id = Ids.id("eventActionId", eventActionId);
    api.updateEventAction(id, new EventActionUpdateRequest().eventAction(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * Deletes an event action ({@code DELETE /api/v2/event_actions/{id}.json}), e.g. {@code eventActions().delete(1)}.
   *
   * @param eventActionId the action's id
   */
  @Operation("deleteEventAction")
  public void delete(long eventActionId) {
    api.deleteEventAction(Ids.id("eventActionId", eventActionId));
  }
}
