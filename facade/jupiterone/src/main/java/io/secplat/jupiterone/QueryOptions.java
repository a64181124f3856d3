package io.secplat.jupiterone;

import io.secplat.core.Arguments;
import io.secplat.core.Poller;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of a J1QL query: parameters, deleted data, and deferred mode. Immutable; each
 * {@code with…} returns a copy.
 *
 * <pre>{@code
 * QueryOptions options = QueryOptions.defaults()
 *     .withVariable("type", "aws_s3_bucket")          // referenced as ${type} in the query
 *     .deferred(Duration.ofMinutes(2));               // FORCE, polled for at most 2 minutes a page
 * }</pre>
 *
 * <p>JupiterOne recommends deferred mode for every automated use and every query that may take
 * longer than 30 seconds; inline mode suits small interactive queries.
 */
public final class QueryOptions {
  /** The first wait between two polls of a deferred result; doubled up to {@link #MAX_POLL_INTERVAL}. */
  public static final Duration FIRST_POLL_INTERVAL = Duration.ofMillis(250);
  /** The longest wait between two polls of a deferred result. */
  public static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(5);
  /** How long one deferred page is polled for, unless another deadline is given. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(5);

  private final Map<String, Object> variables;
  private final boolean includeDeleted;
  private final Poller deferred;

  private QueryOptions(Map<String, Object> variables, boolean includeDeleted, Poller deferred) {
    this.variables = variables;
    this.includeDeleted = includeDeleted;
    this.deferred = deferred;
  }

  /** @return inline mode, no parameters, no deleted data */
  public static QueryOptions defaults() {
    return new QueryOptions(Map.of(), false, null);
  }

  /**
   * @param name a parameter referenced as {@code ${name}} in the query
   * @param value its value (any JSON-serialisable value)
   * @return a copy with the parameter
   */
  public QueryOptions withVariable(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(variables);
    copy.put(Arguments.requireNonBlank("name", name), value);
    return new QueryOptions(Collections.unmodifiableMap(copy), includeDeleted, deferred);
  }

  /**
   * @param values parameters referenced as {@code ${name}} in the query, replacing any set before
   * @return a copy with them
   */
  public QueryOptions withVariables(Map<String, ?> values) {
    Arguments.requireNonNull("variables", values);
    values.keySet().forEach(name -> Arguments.requireNonBlank("variable name", name));
    return new QueryOptions(Collections.unmodifiableMap(new LinkedHashMap<>(values)), includeDeleted, deferred);
  }

  /** @return a copy that includes recently deleted data */
  public QueryOptions includeDeleted() {
    return new QueryOptions(variables, true, deferred);
  }

  /** @return a copy in deferred mode, each page polled for at most {@link #DEFAULT_DEADLINE} */
  public QueryOptions deferred() {
    return deferred(DEFAULT_DEADLINE);
  }

  /**
   * @param deadline how long each page's deferred result is polled for before a
   *     {@link io.secplat.core.error.DeadlineExceededException}
   * @return a copy in deferred mode
   */
  public QueryOptions deferred(Duration deadline) {
    return deferred(deadline, FIRST_POLL_INTERVAL, MAX_POLL_INTERVAL);
  }

  /**
   * @param deadline how long each page's deferred result is polled for
   * @param firstInterval the first wait between polls, doubled after each poll
   * @param maxInterval the longest wait between polls
   * @return a copy in deferred mode
   */
  public QueryOptions deferred(Duration deadline, Duration firstInterval, Duration maxInterval) {
    return new QueryOptions(variables, includeDeleted, Poller.of(firstInterval, maxInterval, deadline));
  }

  /** @return the J1QL parameters */
  public Map<String, Object> variables() {
    return variables;
  }

  /** @return whether recently deleted data is included */
  public boolean isIncludeDeleted() {
    return includeDeleted;
  }

  /** @return whether pages are fetched in deferred mode */
  public boolean isDeferred() {
    return deferred != null;
  }

  Poller poller() {
    return deferred;
  }

  @Override
  public String toString() {
    return "QueryOptions{variables=" + variables.keySet() + ", includeDeleted=" + includeDeleted
        + ", deferred=" + (deferred == null ? "no" : deferred) + '}';
  }
}
