package io.secplat.spring.boot;

import io.secplat.britive.BritiveClient;
import io.secplat.core.ClientBuilder;
import io.secplat.core.Secret;
import io.secplat.guardian.GuardianClient;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.veza.VezaClient;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Spring Boot auto-configuration of the secplat clients: one client bean per vendor whose
 * module is on the classpath and whose credentials are set ({@code secplat.britive.base-url} +
 * {@code token}; {@code secplat.veza.base-url} + {@code api-key}; {@code secplat.guardian.base-url}
 * + {@code api-key} + {@code secret-key}; {@code secplat.jupiterone.api-key} + {@code account}).
 * A bean of the same type defined by the application replaces the starter's. Clients report to
 * the context's {@code MeterRegistry}, are observed (one {@code secplat.client.call} observation
 * per attempt) through the context's {@code ObservationRegistry}, show in
 * {@code /actuator/health/secplat}, and their credentials are masked in {@code /actuator/configprops} and {@code /actuator/env}.
 */
@AutoConfiguration
@EnableConfigurationProperties({BritiveProperties.class, VezaProperties.class, GuardianProperties.class,
    JupiterOneProperties.class})
@Import({SecplatAutoConfiguration.Britive.class, SecplatAutoConfiguration.Veza.class,
    SecplatAutoConfiguration.Guardian.class, SecplatAutoConfiguration.JupiterOne.class,
    SecplatAutoConfiguration.Sanitizing.class, Boot3Health.class, Boot4Health.class})
public class SecplatAutoConfiguration {
  /** For Spring. */
  public SecplatAutoConfiguration() {}

  /**
   * @param beans the context's beans, where a {@code MeterRegistry} is looked up
   * @return where the clients report
   */
  @Bean
  @ConditionalOnMissingBean
  public SecplatClientMetrics secplatClientMetrics(BeanFactory beans) {
    return SecplatClientMetrics.from(beans);
  }

  /**
   * What every vendor's client bean shares: the {@code secplat.<vendor>.*} settings, the meters and
   * the observations; the caller adds the vendor's credentials and builds.
   *
   * @param builder the vendor's client builder
   * @param properties the vendor's properties
   * @param metrics where the client reports
   * @param beans the context's beans, where an {@code ObservationRegistry} is looked up
   * @param vendor the vendor's name, for the observations
   * @return the builder, configured
   */
  static <B extends ClientBuilder<B, C>, C> B configured(B builder, ClientProperties properties,
      SecplatClientMetrics metrics, BeanFactory beans, String vendor) {
    return ClientObservations.addTo(properties.applyTo(builder, metrics.metrics()), beans, vendor,
        properties.getClientName());
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.secplat.britive.BritiveClient")
  @ConditionalOnProperty(prefix = "secplat.britive", name = {"base-url", "token"})
  static class Britive {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    BritiveClient britiveClient(BritiveProperties properties, SecplatClientMetrics metrics, BeanFactory beans) {
      return configured(BritiveClient.builder(), properties, metrics, beans, "Britive")
          .token(Secret.of(properties.getToken())).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.secplat.veza.VezaClient")
  @ConditionalOnProperty(prefix = "secplat.veza", name = {"base-url", "api-key"})
  static class Veza {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    VezaClient vezaClient(VezaProperties properties, SecplatClientMetrics metrics, BeanFactory beans) {
      return configured(VezaClient.builder(), properties, metrics, beans, "Veza")
          .apiKey(Secret.of(properties.getApiKey())).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.secplat.guardian.GuardianClient")
  @ConditionalOnProperty(prefix = "secplat.guardian", name = {"base-url", "api-key", "secret-key"})
  static class Guardian {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    GuardianClient guardianClient(GuardianProperties properties, SecplatClientMetrics metrics, BeanFactory beans) {
      return configured(GuardianClient.builder(), properties, metrics, beans, "Guardian")
          .apiKey(Secret.of(properties.getApiKey())).secretKey(Secret.of(properties.getSecretKey())).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.secplat.jupiterone.JupiterOneClient")
  @ConditionalOnProperty(prefix = "secplat.jupiterone", name = {"api-key", "account"})
  static class JupiterOne {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    JupiterOneClient jupiterOneClient(JupiterOneProperties properties, SecplatClientMetrics metrics, BeanFactory beans) {
      JupiterOneClient.Builder builder = JupiterOneClient.builder();
      if (properties.getRegion() != null) {
        builder.region(properties.getRegion());
      }
      return configured(builder, properties, metrics, beans, "JupiterOne")
          .apiKey(Secret.of(properties.getApiKey())).accountId(properties.getAccount()).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
  static class Sanitizing {
    @Bean
    @ConditionalOnMissingBean(name = "secplatSecretSanitizer")
    SecretSanitizer secplatSecretSanitizer() {
      return new SecretSanitizer();
    }
  }
}
