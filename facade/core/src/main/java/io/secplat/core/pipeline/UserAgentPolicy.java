package io.secplat.core.pipeline;

/** Names the client in {@code User-Agent}. */
final class UserAgentPolicy implements HttpPipelinePolicy {
  private final String userAgent;

  UserAgentPolicy(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) {
    return next.process(request.toBuilder().header("User-Agent", userAgent).build());
  }
}
