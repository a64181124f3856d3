package io.secplat.core.pipeline;

/**
 * Sets a vendor's credential headers on a request; called for every attempt of every request
 * that sends credentials.
 *
 * <pre>{@code
 * Credentials bearer = request -> request.header("Authorization", "Bearer " + key.reveal());
 * }</pre>
 */
@FunctionalInterface
public interface Credentials {
  /** @param request the request being built */
  void apply(HttpRequest.Builder request);
}
