package io.secplat.mock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;

/**
 * One injected failure, answered instead of the normal response.
 *
 * <pre>{@code
 * mocks.faults().next("/api/apps/.*", MockFault.status(429).retryAfter("2"), MockFault.status(503));
 * mocks.faults().next("/api/v1/.*", MockFault.droppedConnection());
 * mocks.faults().next("/api/v1/.*", MockFault.status(200).body("{}").delay(Duration.ofSeconds(5)));
 * mocks.faults().next("/api/v2/nodes.json", MockFault.truncatedBody("[{\"id\": 3}, "));
 * }</pre>
 *
 * <p>Every request, faulted or not, is in the request journal: {@link MockProviders#requestCount}
 * counts what the server received.
 */
public final class MockFault {
  private final ResponseDefinitionBuilder response;

  private MockFault(ResponseDefinitionBuilder response) {
    this.response = response;
  }

  /**
   * @param status an HTTP status, for example 429 or 503
   * @return a fault answering that status with an empty body
   */
  public static MockFault status(int status) {
    return new MockFault(ResponseDefinitionBuilder.responseDefinition().withStatus(status));
  }

  /** @return a fault that resets the connection before any response */
  public static MockFault droppedConnection() {
    return new MockFault(ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER));
  }

  /** @return a fault that closes the connection without a response */
  public static MockFault emptyResponse() {
    return new MockFault(ResponseDefinitionBuilder.responseDefinition().withFault(Fault.EMPTY_RESPONSE));
  }

  /** @return a fault that sends a 200 with garbage bytes, then closes the connection */
  public static MockFault malformedResponse() {
    return new MockFault(ResponseDefinitionBuilder.responseDefinition().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
  }

  /**
   * A 200 whose body is empty (no bytes, {@code Content-Length: 0}), where the contract promises
   * a JSON document.
   *
   * @return the fault
   */
  public static MockFault emptyBody() {
    return new MockFault(ResponseDefinitionBuilder.responseDefinition().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(""));
  }

  /**
   * A 200 whose body is not JSON at all, sent in full.
   *
   * @return the fault
   */
  public static MockFault malformedJson() {
    return new MockFault(ResponseDefinitionBuilder.responseDefinition().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"values\": [ this is not json"));
  }

  /**
   * A 200 whose body is cut off in transit: the head declares a {@code Content-Length} 1,024 bytes
   * longer than the body that follows (the JSON prefix), then the server closes the connection, so
   * the client reads an early end of stream. The mock writes this answer on the socket itself,
   * over HTTP/1.1, so it comes out the same on every run (see {@code TruncatedBody}).
   * {@link #requestId}, {@link #withStatus}, {@link #body} (the prefix) and {@link #delay} apply.
   *
   * @param jsonPrefix the body actually sent, the start of a JSON document
   * @return the fault
   */
  public static MockFault truncatedBody(String jsonPrefix) {
    return new MockFault(ResponseDefinitionBuilder.responseDefinition().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(jsonPrefix)
        // what WireMock's own response phase does after TruncatedBody answered: close, write nothing
        .withFault(Fault.EMPTY_RESPONSE)
        .withTransformerParameter(TruncatedBody.NAME, true));
  }

  /**
   * @param requestId the request id the vendor would send, as {@code X-Request-Id}
   * @return this fault with the header
   */
  public MockFault requestId(String requestId) {
    response.withHeader("X-Request-Id", requestId);
    return this;
  }

  /**
   * @param value the Retry-After header: delay seconds or an HTTP date
   * @return this fault with the header
   */
  public MockFault retryAfter(String value) {
    response.withHeader("Retry-After", value);
    return this;
  }

  /**
   * @param json a JSON body
   * @return this fault with the body
   */
  public MockFault body(String json) {
    response.withHeader("Content-Type", "application/json").withBody(json);
    return this;
  }

  /**
   * @param status the HTTP status to answer with instead
   * @return this fault with that status
   */
  public MockFault withStatus(int status) {
    response.withStatus(status);
    return this;
  }

  /**
   * @param delay how long to wait before answering
   * @return this fault, answered late
   */
  public MockFault delay(Duration delay) {
    response.withFixedDelay((int) delay.toMillis());
    return this;
  }

  ResponseDefinitionBuilder response() {
    return response;
  }
}
