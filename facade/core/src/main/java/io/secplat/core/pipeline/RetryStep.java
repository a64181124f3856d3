package io.secplat.core.pipeline;

import io.secplat.core.ClientMetrics;
import io.secplat.core.RetryPolicy;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.DeadlineExceededException;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.RequestNotSentException;
import io.secplat.core.retry.RetryEngine;
import java.time.Duration;

/**
 * Runs a call's attempts on the {@link RetryEngine}: each attempt gets a deadline of its own (the
 * smaller of {@code callTimeout} and what is left of the policy's deadline), passes the attempt
 * policies and is decoded inside the attempt. A failure is retried only when it says it is
 * retryable, the operation is safe to repeat (or the request was provably never sent), attempts
 * remain, the server's Retry-After is within the cap, and the wait ends before the deadline.
 * A timeout of an attempt cut short by the call's deadline is a {@link DeadlineExceededException}.
 */
final class RetryStep {
  private final RetryEngine engine;
  private final RetryPolicy policy;
  private final Duration callTimeout;
  private final ClientMetrics.Recorder recorder;
  private final String vendor;

  RetryStep(RetryEngine engine, RetryPolicy policy, Duration callTimeout, ClientMetrics.Recorder recorder,
      String vendor) {
    this.engine = engine;
    this.policy = policy;
    this.callTimeout = callTimeout;
    this.recorder = recorder;
    this.vendor = vendor;
  }

  <T> T run(HttpRequest request, HttpPipelinePolicy.Next attempts, ResponseDecoder<T> decoder) {
    boolean safe = request.operation().safeToRepeat();
    return engine.run((number, elapsed) -> {
      Duration left = policy.deadline().minus(elapsed);
      if (left.isNegative() || left.isZero()) {
        throw exceeded(request, null);
      }
      boolean boundByDeadline = left.compareTo(callTimeout) < 0;
      long attemptDeadline = System.nanoTime() + (boundByDeadline ? left : callTimeout).toNanos();
      HttpRequest attempt = request.toBuilder().attemptDeadlineNanos(attemptDeadline).build();
      try {
        HttpResponse response = attempts.process(attempt);
        try {
          return decoder.decode(response);
        } catch (RuntimeException e) {
          response.close();
          throw e;
        }
      } catch (ApiException e) {
        // the call's deadline ended this attempt (not the read timeout, which a retry may outlive)
        if (boundByDeadline && Failures.isTimeout(e) && System.nanoTime() - attemptDeadline > -5_000_000L) {
          throw exceeded(request, e);
        }
        throw e;
      }
    }, outcome -> {
      if (!outcome.failed() || !(outcome.failure() instanceof ApiException failure) || !failure.isRetryable()) {
        return null;
      }
      if (!(safe || failure instanceof RequestNotSentException) || outcome.attempt() >= policy.maxAttempts()) {
        return null;
      }
      Duration retryAfter = failure.details().retryAfterDuration().orElse(null);
      if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
        return null;
      }
      Duration wait = policy.backoff(outcome.attempt(), retryAfter);
      if (outcome.elapsed().plus(wait).compareTo(policy.deadline()) >= 0) {
        return null;
      }
      recorder.retry(request.operation().name());
      return wait;
    });
  }

  private DeadlineExceededException exceeded(HttpRequest request, ApiException cause) {
    ErrorDetails details = new ErrorDetails(vendor, request.method(), request.path(),
        cause == null ? 0 : cause.status(), null, null, cause == null ? null : cause.details().requestId(), null);
    return new DeadlineExceededException(details, details.describe() + ": the call's deadline of "
        + policy.deadline().toMillis() + " ms passed" + (cause == null ? "" : " while an attempt was in progress"), cause);
  }
}
