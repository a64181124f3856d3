package io.secplat.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import feign.FeignException;
import feign.InvocationHandlerFactory.MethodHandler;
import feign.Target;
import feign.codec.DecodeException;
import io.github.resilience4j.core.functions.CheckedFunction;
import io.github.resilience4j.feign.FeignDecorator;
import io.secplat.core.Arguments;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.TransportException;
import io.secplat.core.error.UndecodableResponseException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The resilience4j-feign decorator of every generated operation: it checks the arguments before
 * Feign builds a request (a null path parameter, an unpaired surrogate in any text argument) and
 * names Feign's own failures (a body Feign could not decode) as the suite's exceptions. Retries,
 * the breaker and limits are not here: they are the pipeline's, behind the Feign client.
 */
final class FeignBinding implements FeignDecorator {
  private final io.secplat.core.pipeline.Pipeline pipeline;

  FeignBinding(io.secplat.core.pipeline.Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public CheckedFunction<Object[], Object> decorate(
      CheckedFunction<Object[], Object> call, Method method, MethodHandler handler, Target<?> target) {
    Map<Integer, String> pathParameters = SegmentSafeContract.pathParameters(method);
    return args -> {
      SegmentSafeContract.requirePathParameters(pathParameters, args);
      requireWellFormedText(method, args);
      try {
        return call.apply(args);
      } catch (FeignException e) {
        throw translate(e);
      }
    };
  }

  /** A lone surrogate cannot be encoded as UTF-8: Feign would silently send {@code ?} instead. */
  private static void requireWellFormedText(Method method, Object[] args) {
    if (args == null) {
      return;
    }
    for (int i = 0; i < args.length; i++) {
      check(method, i, args[i]);
      if (args[i] instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          check(method, i, entry.getKey());
          check(method, i, entry.getValue());
        }
      }
    }
  }

  private static void check(Method method, int index, Object value) {
    if (value instanceof CharSequence text) {
      Arguments.requireWellFormed(method.getName() + " argument " + (index + 1), text.toString());
    }
  }

  private RuntimeException translate(FeignException e) {
    if (e.getCause() instanceof ApiException) {
      return (ApiException) e.getCause();
    }
    RequestLocation location = RequestLocation.of(e.request());
    ErrorDetails details = new ErrorDetails(pipeline.vendor(), location.method(), location.path(), e.status(), null, null, null,
        null);
    if (e instanceof DecodeException || e.getCause() instanceof JsonProcessingException) {
      return new UndecodableResponseException(details, scrubbed(e));
    }
    return new TransportException(details, scrubbed(e));
  }

  /** Feign's messages can quote the URL or body; keep the cause, but never a secret. */
  private Throwable scrubbed(FeignException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : null;
    RuntimeException copy = new RuntimeException(e.getClass().getSimpleName() + ": " + pipeline.scrub(e.getMessage()));
    copy.setStackTrace(e.getStackTrace());
    if (cause != null) {
      copy.initCause(new RuntimeException(cause.getClass().getName() + ": " + pipeline.scrub(cause.getMessage())));
    }
    return copy;
  }
}
