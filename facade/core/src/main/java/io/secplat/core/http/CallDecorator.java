package io.secplat.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import feign.FeignException;
import feign.InvocationHandlerFactory.MethodHandler;
import feign.RequestLine;
import feign.Target;
import feign.codec.DecodeException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.CheckedFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.feign.FeignDecorator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.secplat.core.RetryPolicy;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.TransportException;
import io.secplat.core.error.UndecodableResponseException;
import io.secplat.core.graphql.GraphQlEndpoint;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Wraps every generated operation: Feign's own exceptions become the suite's, and operations
 * that are safe to repeat get resilience4j's retry. A POST that creates or changes something is
 * never retried, because after a failure its outcome is unknown. GraphQL queries only read and
 * are retried like GETs; GraphQL mutations are not.
 */
final class CallDecorator implements FeignDecorator {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  private final VendorProfile vendor;
  private final RetryPolicy policy;
  private final Redactor redactor;

  CallDecorator(VendorProfile vendor, RetryPolicy policy, Redactor redactor) {
    this.vendor = vendor;
    this.policy = policy;
    this.redactor = redactor;
  }

  @Override
  public CheckedFunction<Object[], Object> decorate(
      CheckedFunction<Object[], Object> call, Method method, MethodHandler handler, Target<?> target) {
    CheckedFunction<Object[], Object> translated = args -> {
      try {
        return call.apply(args);
      } catch (FeignException e) {
        throw translate(e);
      }
    };
    if (policy.maxAttempts() <= 1 || !isSafeToRepeat(method)) {
      return translated;
    }
    Retry retry = Retry.of(vendor.name() + "." + method.getName(), retryConfig());
    return Retry.decorateCheckedFunction(retry, translated);
  }

  boolean isSafeToRepeat(Method method) {
    String verb = httpMethod(method);
    return IDEMPOTENT.contains(verb)
        || ("POST".equals(verb) && (vendor.isReadOnlyPost(method) || GraphQlEndpoint.isQuery(method)));
  }

  private RetryConfig retryConfig() {
    IntervalBiFunction<Object> interval = (attempt, outcome) -> wait(attempt, outcome).toMillis();
    return RetryConfig.custom()
        .maxAttempts(policy.maxAttempts())
        .intervalBiFunction(interval)
        .retryOnException(e -> e instanceof ApiException && ((ApiException) e).isRetryable())
        .failAfterMaxAttempts(false)
        .build();
  }

  private Duration wait(int attempt, Either<Throwable, Object> outcome) {
    Duration retryAfter = null;
    if (outcome.isLeft() && outcome.getLeft() instanceof RateLimitedException) {
      retryAfter = ((RateLimitedException) outcome.getLeft()).retryAfter().orElse(null);
    }
    return policy.backoff(attempt, retryAfter);
  }

  private RuntimeException translate(FeignException e) {
    if (e.getCause() instanceof ApiException) {
      // A decoder found the failure inside a 2xx body (GraphQL errors) and named it already.
      return (ApiException) e.getCause();
    }
    RequestLocation location = RequestLocation.of(e.request());
    boolean undecodable = e instanceof DecodeException || e.getCause() instanceof JsonProcessingException;
    if (undecodable) {
      ErrorDetails details = new ErrorDetails(
          vendor.name(), location.method(), location.path(), e.status(), null, null, null, null);
      return new UndecodableResponseException(details, scrubbed(e));
    }
    // Connection failures, timeouts, and I/O errors while a body was still arriving.
    ErrorDetails details = new ErrorDetails(vendor.name(), location.method(), location.path(), 0, null, null, null, null);
    return new TransportException(details, scrubbed(e));
  }

  /** Feign's messages can quote the URL or body; keep the cause, but never a secret. */
  private Throwable scrubbed(FeignException e) {
    String message = redactor.scrub(e.getMessage());
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    RuntimeException copy = new RuntimeException(e.getClass().getSimpleName() + ": " + message, cause == e ? null : cause);
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  private static String httpMethod(Method method) {
    RequestLine line = method.getAnnotation(RequestLine.class);
    if (line == null) {
      return "";
    }
    String value = line.value().trim();
    int space = value.indexOf(' ');
    return (space < 0 ? value : value.substring(0, space)).toUpperCase(Locale.ROOT);
  }
}
