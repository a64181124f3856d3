package io.secplat.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.secplat.core.ClientMetrics;
import io.secplat.core.metrics.MicrometerMetrics;
import org.springframework.beans.factory.BeanFactory;

/** The only class of the starter that names Micrometer: loaded only when it is on the classpath. */
final class MeterRegistryMetrics {
  private MeterRegistryMetrics() {}

  static ClientMetrics from(BeanFactory beans) {
    MeterRegistry registry = beans.getBeanProvider(MeterRegistry.class).getIfUnique();
    return registry == null ? ClientMetrics.none() : MicrometerMetrics.of(registry);
  }
}
