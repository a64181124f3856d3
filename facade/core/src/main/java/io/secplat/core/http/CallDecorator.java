package io.secplat.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import feign.FeignException;
import feign.InvocationHandlerFactory.MethodHandler;
import feign.RequestLine;
import feign.Target;
import feign.codec.DecodeException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.CheckedFunction;
import io.github.resilience4j.feign.FeignDecorator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.secplat.core.RetryPolicy;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.CircuitOpenException;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.RequestNotSentException;
import io.secplat.core.error.TlsException;
import io.secplat.core.error.TransportException;
import io.secplat.core.error.UndecodableResponseException;
import io.secplat.core.graphql.GraphQlEndpoint;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Wraps every generated operation: Feign's own exceptions become the suite's, and operations
 * that are safe to repeat get resilience4j's retry. A POST that creates or changes something is
 * never retried after it may have reached the server, because its outcome is unknown; the one
 * failure it is retried for is {@link RequestNotSentException} (no connection could be opened,
 * so the server cannot have seen it). GraphQL queries only read and are retried like GETs;
 * GraphQL mutations are not.
 */
final class CallDecorator implements FeignDecorator {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  private final VendorProfile vendor;
  private final RetryPolicy policy;
  private final Redactor redactor;
  private final CircuitBreaker breaker;
  /** Told about each operation's retry when it is created (metrics). */
  private final BiConsumer<Method, Retry> onRetryCreated;
  /** The current call on this thread: when it started, how many attempts, the next wait. */
  private final ThreadLocal<CallState> current = new ThreadLocal<>();

  private static final class CallState {
    final long start = System.nanoTime();
    int attempts;
    Duration nextWait = Duration.ZERO;
  }

  CallDecorator(VendorProfile vendor, RetryPolicy policy, Redactor redactor, CircuitBreaker breaker) {
    this(vendor, policy, redactor, breaker, (method, retry) -> {});
  }

  CallDecorator(VendorProfile vendor, RetryPolicy policy, Redactor redactor, CircuitBreaker breaker,
      BiConsumer<Method, Retry> onRetryCreated) {
    this.vendor = vendor;
    this.policy = policy;
    this.redactor = redactor;
    this.breaker = breaker;
    this.onRetryCreated = onRetryCreated;
  }

  @Override
  public CheckedFunction<Object[], Object> decorate(
      CheckedFunction<Object[], Object> call, Method method, MethodHandler handler, Target<?> target) {
    java.util.Map<Integer, String> pathParameters = SegmentSafeContract.pathParameters(method);
    CheckedFunction<Object[], Object> translated = args -> {
      SegmentSafeContract.requirePathParameters(pathParameters, args);
      try {
        return call.apply(args);
      } catch (FeignException e) {
        throw translate(e);
      }
    };
    CheckedFunction<Object[], Object> guarded = breaker == null ? translated : guard(translated, method);
    if (policy.maxAttempts() <= 1) {
      return guarded;
    }
    boolean safe = isSafeToRepeat(method);
    Retry retry = Retry.of(vendor.name() + "." + method.getName(),
        retryConfig(failure -> (safe || failure instanceof RequestNotSentException) && shouldRetry(failure)));
    onRetryCreated.accept(method, retry);
    CheckedFunction<Object[], Object> counted = args -> {
      current.get().attempts++;
      return guarded.apply(args);
    };
    CheckedFunction<Object[], Object> retried = Retry.decorateCheckedFunction(retry, counted);
    return args -> {
      current.set(new CallState());
      try {
        return retried.apply(args);
      } finally {
        current.remove();
      }
    };
  }

  /** Each attempt passes the vendor's circuit breaker; an open breaker fails it without sending. */
  private CheckedFunction<Object[], Object> guard(CheckedFunction<Object[], Object> attempt, Method method) {
    CheckedFunction<Object[], Object> protectedAttempt = CircuitBreaker.decorateCheckedFunction(breaker, attempt);
    return args -> {
      try {
        return protectedAttempt.apply(args);
      } catch (CallNotPermittedException open) {
        String line = method.getAnnotation(RequestLine.class) == null ? method.getName()
            : method.getAnnotation(RequestLine.class).value();
        String path = line.contains(" ") ? line.substring(line.indexOf(' ') + 1) : line;
        int query = path.indexOf('?');
        ErrorDetails details = new ErrorDetails(vendor.name(), httpMethod(method),
            query < 0 ? path : path.substring(0, query), 0, null, null, null, null);
        throw new CircuitOpenException(details, open);
      }
    };
  }

  boolean isSafeToRepeat(Method method) {
    String verb = httpMethod(method);
    return IDEMPOTENT.contains(verb)
        || ("POST".equals(verb) && (vendor.isReadOnlyPost(method) || GraphQlEndpoint.isQuery(method)));
  }

  private RetryConfig retryConfig(java.util.function.Predicate<Throwable> retryable) {
    IntervalBiFunction<Object> interval = (attempt, outcome) -> current.get().nextWait.toMillis();
    return RetryConfig.custom()
        .maxAttempts(policy.maxAttempts())
        .intervalBiFunction(interval)
        .retryOnException(retryable)
        .failAfterMaxAttempts(false)
        .build();
  }

  /**
   * Retries a retryable failure only when the wait it needs (backoff with jitter, or the server's
   * Retry-After) still ends before the policy's deadline: a server that asks for a longer wait
   * than the call has left is not called again early. Likewise a Retry-After longer than
   * {@link RetryPolicy#maxRetryAfter()} ends the retries at once (decision: calling back before
   * the server's time only spends quota on another refusal); the exception carries the server's
   * Retry-After for the caller to schedule by.
   */
  private boolean shouldRetry(Throwable failure) {
    if (!(failure instanceof ApiException) || !((ApiException) failure).isRetryable()) {
      return false;
    }
    CallState call = current.get();
    // Retry-After counts wherever the server sends it (429, and 503 as RFC 9110 allows)
    Duration retryAfter = ((ApiException) failure).details().retryAfterDuration().orElse(null);
    if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
      return false;
    }
    Duration wait = policy.backoff(call.attempts, retryAfter);
    long elapsed = (System.nanoTime() - call.start) / 1_000_000;
    if (elapsed + wait.toMillis() >= policy.deadline().toMillis()) {
      return false;
    }
    call.nextWait = wait;
    return true;
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
    if (untrustedServer(e)) {
      return new TlsException(details, scrubbed(e));
    }
    return neverConnected(e) ? new RequestNotSentException(details, scrubbed(e)) : new TransportException(details, scrubbed(e));
  }

  /**
   * Whether TLS failed on the server's identity: a certificate the trust store does not accept
   * (the cause chain holds a {@link java.security.GeneralSecurityException}, such as a certificate
   * path failure) or one that does not name the host. A connection dropped during the handshake
   * is not counted: it is an ordinary transport failure.
   */
  private static boolean untrustedServer(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof java.security.GeneralSecurityException || cause instanceof javax.net.ssl.SSLPeerUnverifiedException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the failure happened before any connection was open, so no byte of the request was
   * sent: connection refused (a reset in answer to the connect), no route, unknown host. A connect
   * timeout is not counted (OkHttp does not tell it apart from a read timeout by type), so it
   * stays an unknown outcome: the conservative side.
   */
  private static boolean neverConnected(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof java.net.ConnectException || cause instanceof java.net.NoRouteToHostException
          || cause instanceof java.net.UnknownHostException) {
        return true;
      }
    }
    return false;
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
