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
 * }</pre>
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
