package io.secplat.core.http;

import feign.InvocationContext;
import feign.Response;
import feign.ResponseInterceptor;
import feign.Util;
import feign.codec.ErrorDecoder;

/**
 * Feign hands a method whose return type is {@link Response} the raw response, errors included.
 * This turns an error status into the same exception every decoded call throws, inside the call,
 * so that the retry policy and the error translation see it too.
 */
final class StreamedErrors implements ResponseInterceptor {
  private final ErrorDecoder errors;

  StreamedErrors(ErrorDecoder errors) {
    this.errors = errors;
  }

  @Override
  public Object intercept(InvocationContext context, Chain chain) throws Exception {
    Response response = context.response();
    if (context.returnType() == Response.class && (response.status() < 200 || response.status() >= 300)) {
      try {
        throw errors.decode("", response);
      } finally {
        Util.ensureClosed(response.body());
      }
    }
    return chain.next(context);
  }
}
