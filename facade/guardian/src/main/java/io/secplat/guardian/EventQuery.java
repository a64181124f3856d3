package io.secplat.guardian;

import io.secplat.core.Arguments;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Which events to extract: those of a saved event view, or those of an ad hoc query, optionally
 * between two times, after an event id, with helper variables. Immutable; each {@code with…}
 * returns a copy.
 *
 * <pre>{@code
 * EventQuery logins = EventQuery.view("User Logins").withFrom(LocalDateTime.of(2024, 1, 1, 0, 0))
 *     .withHelperVariables("node_scan_url", "node_id");
 * }</pre>
 *
 * @param viewName the event view's name, or null for an ad hoc query
 * @param query the ad hoc query, or null for a view
 * @param from events at or after this time, or null
 * @param to events at or before this time, or null
 * @param afterEventId only events after this id (a cursor), or null
 * @param helperVariables helper variables to add to each event (only with a view); empty for none
 * @param perPage events per request (Guardian's default is 500)
 */
public record EventQuery(String viewName, String query, LocalDateTime from, LocalDateTime to, Long afterEventId,
    List<String> helperVariables, int perPage) {
  /** Events per request unless another number is given (Guardian's default). */
  public static final int DEFAULT_PER_PAGE = 500;

  /** Checks the query: exactly one of view and query, helper variables only with a view. */
  public EventQuery {
    if ((viewName == null) == (query == null)) {
      throw new IllegalArgumentException("exactly one of viewName and query must be given");
    }
    if (viewName != null) {
      Arguments.requireNonBlank("viewName", viewName);
    }
    if (query != null) {
      Arguments.requireNonBlank("query", query);
    }
    Dates.requireOrdered("from", from, "to", to);
    if (afterEventId != null) {
      Ids.id("afterEventId", afterEventId);
    }
    helperVariables = List.copyOf(Arguments.requireNonNull("helperVariables", helperVariables));
    helperVariables.forEach(v -> Arguments.requireNonBlank("helperVariables[]", v));
    if (!helperVariables.isEmpty() && viewName == null) {
      throw new IllegalArgumentException("helperVariables need a view, not an ad hoc query");
    }
    Arguments.requirePositive("perPage", perPage);
  }

  /**
   * The events of a saved view, e.g. {@code EventQuery.view("User Logins")}.
   *
   * @param viewName the view's name
   * @return the query
   */
  public static EventQuery view(String viewName) {
    return new EventQuery(Arguments.requireNonBlank("viewName", viewName), null, null, null, null, List.of(), DEFAULT_PER_PAGE);
  }

  /**
   * The events an ad hoc query finds, e.g. {@code EventQuery.query("type=User Logged In")}.
   *
   * @param query the query text
   * @return the query
   */
  public static EventQuery query(String query) {
    return new EventQuery(null, Arguments.requireNonBlank("query", query), null, null, null, List.of(), DEFAULT_PER_PAGE);
  }

  /**
   * @param time the earliest time, e.g. {@code LocalDateTime.of(2024, 1, 1, 0, 0)}
   * @return a copy starting at that time
   */
  public EventQuery withFrom(LocalDateTime time) {
    return new EventQuery(viewName, query, Arguments.requireNonNull("from", time), to, afterEventId, helperVariables, perPage);
  }

  /**
   * @param time the latest time, e.g. {@code LocalDateTime.of(2024, 1, 31, 23, 59, 59)}
   * @return a copy ending at that time
   */
  public EventQuery withTo(LocalDateTime time) {
    return new EventQuery(viewName, query, from, Arguments.requireNonNull("to", time), afterEventId, helperVariables, perPage);
  }

  /**
   * @param eventId the last event already seen, e.g. {@code 11854346}
   * @return a copy that returns only later events
   */
  public EventQuery withAfterEventId(long eventId) {
    return new EventQuery(viewName, query, from, to, eventId, helperVariables, perPage);
  }

  /**
   * @param names helper variables, e.g. {@code "node_scan_url", "node_id"}
   * @return a copy adding them to each event
   */
  public EventQuery withHelperVariables(String... names) {
    return new EventQuery(viewName, query, from, to, afterEventId, List.of(Arguments.requireNonNull("helperVariables", names)),
        perPage);
  }

  /**
   * @param size events per request, e.g. {@code 100}
   * @return a copy with this page size
   */
  public EventQuery withPerPage(int size) {
    return new EventQuery(viewName, query, from, to, afterEventId, helperVariables, size);
  }

  /** @return the helper variables as Guardian takes them, comma-separated, or null for none */
  String helperVariablesParameter() {
    return helperVariables.isEmpty() ? null : String.join(",", helperVariables);
  }
}
