package io.secplat.spring.boot;

import io.secplat.core.VendorClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot 4 (health moved to {@code org.springframework.boot.health.contributor}):
 * {@code /actuator/health/secplat/<bean name>}, one indicator per client bean ({@link ClientHealth}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
class Boot4Health {
  @Bean(name = "secplat")
  @ConditionalOnMissingBean(name = "secplat")
  CompositeHealthContributor secplatHealthContributor(ListableBeanFactory beans) {
    Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
    beans.getBeansOfType(VendorClient.class).forEach((name, client) -> indicators.put(name, () -> {
      ClientHealth health = ClientHealth.of(client);
      return (health.up ? Health.up() : Health.down()).withDetails(health.details).build();
    }));
    return CompositeHealthContributor.fromMap(indicators);
  }
}
