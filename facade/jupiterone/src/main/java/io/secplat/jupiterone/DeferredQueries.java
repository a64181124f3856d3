package io.secplat.jupiterone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.Lazy;
import io.secplat.core.Poller;
import io.secplat.core.ServerUrls;
import io.secplat.core.error.DeadlineExceededException;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.ServerException;
import io.secplat.core.error.UnexpectedResponseException;
import io.secplat.core.http.HttpStack;
import io.secplat.jupiterone.generated.model.DeferredQueryResult;
import io.secplat.jupiterone.generated.model.DeferredQueryState;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Follows a deferred J1QL answer: polls the state link with backoff until {@code COMPLETED},
 * within the caller's deadline, then reads the results link.
 *
 * <p>The links are whatever the server hands out, so two rules protect the caller. A link that
 * is not {@code https} is refused unless it is on loopback: its answer would travel, and could
 * be altered, in clear text. And a link on a server other than the configured JupiterOne
 * endpoints is fetched without the API key and account header: JupiterOne's result links are
 * pre-signed links on storage hosts, which need no credentials, and a key sent to a host nobody
 * configured could be replayed by whoever runs it.
 */
final class DeferredQueries {
  // Built on first use: most queries are inline and never poll.
  private final Lazy<DeferredLinks> withCredentials;
  private final Lazy<DeferredLinks> withoutCredentials;
  private final JupiterOneEndpoints endpoints;

  DeferredQueries(HttpStack http, JupiterOneEndpoints endpoints) {
    this.withCredentials = Lazy.of(() -> http.target(DeferredLinks.class, endpoints.graph()));
    this.withoutCredentials = Lazy.of(() -> http.targetWithoutCredentials(DeferredLinks.class));
    this.endpoints = endpoints;
  }

  /**
   * @param stateUrl the {@code url} of a deferred queryV1 answer
   * @param poller how often and how long to poll
   * @param json turns the results' data into a tree
   * @return the results: type, data and cursor, as an inline answer has them
   */
  J1qlPage await(String stateUrl, Poller poller, ObjectMapper json) {
    URI state = link(stateUrl, "state");
    DeferredLinks stateLinks = linksFor(state);
    DeferredQueryState completed = poller.await(() -> checked(stateLinks.state(state), state),
        s -> "COMPLETED".equalsIgnoreCase(s.getStatus()),
        (last, polls, waited) -> new DeadlineExceededException(details(state),
            "JupiterOne deferred J1QL query still " + last.getStatus() + " after " + seconds(waited) + " (" + polls
                + " polls of " + withoutQuery(state) + "; deadline " + seconds(poller.deadline()) + ")"));
    URI results = link(completed.getUrl(), "results");
    DeferredQueryResult result = linksFor(results).results(results);
    JsonNode data = json.valueToTree(result.getData());
    return new J1qlPage(result.getType(), data, result.getCursor());
  }

  private DeferredLinks linksFor(URI url) {
    return endpoints.isConfiguredServer(url) ? withCredentials.get() : withoutCredentials.get();
  }

  private static DeferredQueryState checked(DeferredQueryState state, URI url) {
    String status = state == null || state.getStatus() == null ? "" : state.getStatus().toUpperCase(Locale.ROOT);
    if (status.contains("FAIL") || status.contains("ERROR") || status.contains("CANCEL") || status.contains("EXPIRE")) {
      ErrorDetails details = new ErrorDetails("JupiterOne", "GET", url.getRawPath(), 200, state.getStatus(),
          "the deferred J1QL query ended " + state.getStatus(), null, null);
      throw new ServerException(details, null);
    }
    return state == null ? new DeferredQueryState().status("") : state;
  }

  /** Parses and checks a link the server handed out. */
  private static URI link(String text, String what) {
    URI url;
    try {
      url = text == null ? null : URI.create(text);
    } catch (IllegalArgumentException e) {
      url = null;
    }
    if (url == null || !url.isAbsolute() || url.getHost() == null) {
      throw refused("the deferred " + what + " link is not an absolute URL: " + text);
    }
    if (!ServerUrls.isSecureOrLoopback(url)) {
      throw refused("the deferred " + what + " link " + withoutQuery(url)
          + " is not https (plain http is accepted on loopback only)");
    }
    return url;
  }

  private static UnexpectedResponseException refused(String message) {
    return new UnexpectedResponseException(
        new ErrorDetails("JupiterOne", "POST", "/graphql", 200, null, message, null, null), null);
  }

  private static ErrorDetails details(URI url) {
    return new ErrorDetails("JupiterOne", "GET", url.getRawPath(), 200, null, null, null, null);
  }

  /** Pre-signed links carry their signature in the query: it never reaches a message. */
  private static String withoutQuery(URI url) {
    return url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath();
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
