package io.secplat.core.metrics;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * Registries holding a client's own breaker and rate limiter, seen with one more tag,
 * {@code client}, so that resilience4j-micrometer's meters of two clients of one vendor (same
 * breaker name) stay apart in one registry, and removing one client's view removes only its
 * meters. The breakers themselves are the client's: every call goes to them.
 */
final class ClientTaggedViews {
  final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
  final RateLimiterRegistry rateLimiters = RateLimiterRegistry.ofDefaults();

  ClientTaggedViews(String client, CircuitBreakerRegistry clientBreakers, RateLimiterRegistry clientLimiters) {
    clientBreakers.getAllCircuitBreakers().forEach(breaker -> {
      breakers.circuitBreaker(breaker.getName());
      breakers.replace(breaker.getName(), tagged(CircuitBreaker.class, breaker, breaker.getTags(), client));
    });
    clientLimiters.getAllRateLimiters().forEach(limiter -> {
      rateLimiters.rateLimiter(limiter.getName());
      rateLimiters.replace(limiter.getName(), tagged(RateLimiter.class, limiter, limiter.getTags(), client));
    });
  }

  /** Removes every view: resilience4j-micrometer then removes exactly the meters it registered for them. */
  void removeAll() {
    breakers.getAllCircuitBreakers().forEach(breaker -> breakers.remove(breaker.getName()));
    rateLimiters.getAllRateLimiters().forEach(limiter -> rateLimiters.remove(limiter.getName()));
  }

  private static <T> T tagged(Class<T> type, T delegate, Map<String, String> tags, String client) {
    Map<String, String> withClient = new HashMap<>(tags);
    withClient.put(MicrometerMetrics.CLIENT_TAG, client);
    Map<String, String> answer = Map.copyOf(withClient);
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getName().equals("getTags") && method.getParameterCount() == 0) {
        return answer;
      }
      try {
        return method.invoke(delegate, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }));
  }
}
