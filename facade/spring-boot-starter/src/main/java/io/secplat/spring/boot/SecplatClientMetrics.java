package io.secplat.spring.boot;

import io.secplat.core.ClientMetrics;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Where the starter's clients report: the context's Micrometer {@code MeterRegistry} when
 * micrometer-core and resilience4j-micrometer are on the classpath and the context has one
 * registry, else nowhere. Replace this bean to report elsewhere.
 */
public final class SecplatClientMetrics {
  private final ClientMetrics metrics;

  /** @param metrics what every client of the starter is built with */
  public SecplatClientMetrics(ClientMetrics metrics) {
    this.metrics = metrics;
  }

  /** @return the metrics every client of the starter is built with */
  public ClientMetrics metrics() {
    return metrics;
  }

  static SecplatClientMetrics from(BeanFactory beans) {
    ClassLoader loader = SecplatClientMetrics.class.getClassLoader();
    if (ClassUtils.isPresent("io.micrometer.core.instrument.MeterRegistry", loader)
        && ClassUtils.isPresent("io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics", loader)) {
      return new SecplatClientMetrics(MeterRegistryMetrics.from(beans));
    }
    return new SecplatClientMetrics(ClientMetrics.none());
  }
}
