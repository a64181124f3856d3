package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.EventsLegacyApi;
import io.secplat.guardian.generated.model.LegacyEvent;
import java.util.Map;

/**
 * Legacy timeline events. The seed documents neither the body of a new legacy event nor its
 * answer (both are {@code {}}), and their path is a Rails-convention guess shared with external
 * events: prefer {@link Events#createExternal} for new code.
 *
 * <pre>{@code
 * guardian.legacyEvents().create(Map.of("sub_category", "build process", "action_taken", "started"));
 * LegacyEvent event = guardian.legacyEvents().get(5);
 * }</pre>
 */
public final class LegacyEvents {
  private final EventsLegacyApi api;

  LegacyEvents(EventsLegacyApi api) {
    this.api = api;
  }

  /**
   * Creates a timeline event ({@code POST /api/v2/events.json}), e.g.
   * {@code legacyEvents().create(Map.of("sub_category", "build process"))}. Not retried.
   *
   * @param event the event's fields (undocumented: {@code sub_category}, {@code action_taken},
   *     {@code status} and {@code extra} are what the legacy show operation returns); must not
   *     hold {@code variables}, which would make it an external event
   * @return the server's answer
   */
  @Operation("createLegacyEvent")
  public Map<String, Object> create(Map<String, Object> event) {
    Arguments.requireNonNull("event", event);
    if (event.isEmpty()) {
      throw new IllegalArgumentException("event must not be empty");
    }
    if (event.containsKey("variables")) {
      throw new IllegalArgumentException("event must not hold variables: that is an external event (events().createExternal)");
    }
    return api.createLegacyEvent(Ids.JSON, event);
  }

  /**
   * One legacy event ({@code GET /api/v2/events/{id}.json}), e.g. {@code legacyEvents().get(5)}.
   *
   * @param eventId the event's id
   * @return the event
   */
  @Operation("getLegacyEvent")
  public LegacyEvent get(long eventId) {
    return api.getLegacyEvent(Ids.id("eventId", eventId));
  }
}
