package io.secplat.spring.boot;

import io.secplat.core.ClientBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Adds an {@link ObservationPolicy} to a client builder when micrometer-observation is on the
 * classpath and the context has one {@code ObservationRegistry}; else leaves the builder alone.
 * Names no Micrometer type, so the starter runs without Micrometer.
 */
final class ClientObservations {
  private ClientObservations() {}

  static <B extends ClientBuilder<B, C>, C> B addTo(B builder, BeanFactory beans, String vendor, String client) {
    if (ClassUtils.isPresent("io.micrometer.observation.ObservationRegistry", ClientObservations.class.getClassLoader())) {
      ObservationPolicy.addTo(builder, beans, vendor, client == null ? vendor : client);
    }
    return builder;
  }
}
