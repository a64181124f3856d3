package io.secplat.core.pipeline;

/** Sets the vendor's credentials, except on a request for a URL a server handed out. */
final class AuthPolicy implements HttpPipelinePolicy {
  private final Credentials credentials;

  AuthPolicy(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) {
    if (!request.sendsCredentials()) {
      return next.process(request);
    }
    HttpRequest.Builder signed = request.toBuilder();
    credentials.apply(signed);
    return next.process(signed.build());
  }
}
