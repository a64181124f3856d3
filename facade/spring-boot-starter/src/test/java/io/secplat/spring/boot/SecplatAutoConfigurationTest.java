package io.secplat.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.secplat.britive.BritiveClient;
import io.secplat.core.Secret;
import io.secplat.core.error.ServerException;
import io.secplat.guardian.GuardianClient;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.testkit.SecplatMocks;
import io.secplat.veza.VezaClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The starter against the mock providers, in a real application context per test (Spring Boot 3.5). */
@ExtendWith(SecplatMocks.class)
class SecplatAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SecplatAutoConfiguration.class));

  private static String[] britiveAndVeza(MockProviders mocks) {
    return new String[] {"secplat.britive.base-url=" + mocks.baseUrl(), "secplat.britive.token=starter-token",
        "secplat.veza.base-url=" + mocks.baseUrl(), "secplat.veza.api-key=starter-key"};
  }

  @Test
  void aClientBeanExistsForEachVendorWhoseCredentialsAreSetAndForNoOther(MockProviders mocks) {
    runner.withPropertyValues(britiveAndVeza(mocks)).run(context -> {
      assertThat(context).hasSingleBean(BritiveClient.class).hasSingleBean(VezaClient.class)
          .doesNotHaveBean(GuardianClient.class).doesNotHaveBean(JupiterOneClient.class);
      assertThat(context.getBean(BritiveClient.class).environments().list("app-1")).isNotEmpty();
    });
  }

  @Test
  void noPropertiesNoClients() {
    runner.run(context -> assertThat(context).doesNotHaveBean(BritiveClient.class).doesNotHaveBean(VezaClient.class)
        .doesNotHaveBean(GuardianClient.class).doesNotHaveBean(JupiterOneClient.class));
  }

  @Test
  void guardianAndJupiterOneNeedEveryCredential(MockProviders mocks) {
    runner.withPropertyValues("secplat.guardian.base-url=" + mocks.baseUrl(), "secplat.guardian.api-key=k",
            "secplat.jupiterone.api-key=k", "secplat.jupiterone.account=acct", "secplat.jupiterone.base-url=" + mocks.baseUrl())
        .run(context -> assertThat(context).doesNotHaveBean(GuardianClient.class).hasSingleBean(JupiterOneClient.class));
  }

  @Test
  void theApplicationsOwnClientReplacesTheStartersOne(MockProviders mocks) {
    runner.withPropertyValues(britiveAndVeza(mocks)).withUserConfiguration(OwnBritive.class).run(context -> {
      assertThat(context).hasSingleBean(BritiveClient.class);
      assertThat(context.getBean(BritiveClient.class)).isSameAs(context.getBean("ownBritive"));
    });
  }

  @Test
  void clientsReportToTheContextsMeterRegistryTaggedWithTheirName(MockProviders mocks) {
    runner.withPropertyValues(britiveAndVeza(mocks)).withPropertyValues("secplat.britive.client-name=britive-prod")
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
          context.getBean(BritiveClient.class).environments().list("app-1");
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          assertThat(registry.get("secplat.client.requests").tags("vendor", "Britive", "client", "britive-prod").timer().count())
              .isEqualTo(1);
          assertThat(registry.get("resilience4j.circuitbreaker.state").tags("client", "Veza", "state", "closed")
              .gauge().value()).isEqualTo(1.0);
        });
  }

  @Test
  void healthIsThePerClientBreakerStateWithoutCallingTheVendor(MockProviders mocks) {
    runner.withPropertyValues(britiveAndVeza(mocks)).withPropertyValues("secplat.britive.retry.enabled=false",
            "secplat.britive.circuit-breaker.minimum-calls=2", "secplat.britive.circuit-breaker.failure-rate=50")
        .run(context -> {
          CompositeHealthContributor secplat = context.getBean("secplat", CompositeHealthContributor.class);
          HealthIndicator britive = (HealthIndicator) secplat.getContributor("britiveClient");
          HealthIndicator veza = (HealthIndicator) secplat.getContributor("vezaClient");
          mocks.resetRequestCounts();
          assertThat(britive.health().getStatus()).isEqualTo(Status.UP);
          assertThat(britive.health().getDetails()).containsEntry("circuit", "CLOSED");
          assertThat(mocks.requestCount("GET", ".*")).isZero();

          mocks.faults().always("/api/apps/.*", MockFault.status(500));
          BritiveClient client = context.getBean(BritiveClient.class);
          for (int i = 0; i < 2; i++) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.environments().list("app-1"))
                .isInstanceOf(ServerException.class);
          }
          assertThat(britive.health().getStatus()).isEqualTo(Status.DOWN);
          assertThat(britive.health().getDetails()).containsEntry("circuit", "OPEN");
          assertThat(veza.health().getStatus()).isEqualTo(Status.UP);
        });
  }

  @Test
  void credentialsAreMaskedInTheEnvironmentEndpointEvenWhenValuesAreShown(MockProviders mocks) {
    runner.withPropertyValues(britiveAndVeza(mocks)).withPropertyValues("secplat.guardian.secret-key=guardian-secret")
        .run(context -> {
          List<SanitizingFunction> sanitizers = List.copyOf(context.getBeansOfType(SanitizingFunction.class).values());
          EnvironmentEndpoint env = new EnvironmentEndpoint(context.getEnvironment(), sanitizers, Show.ALWAYS);
          assertThat(env.environmentEntry("secplat.britive.token").getProperty().getValue()).isEqualTo("******");
          assertThat(env.environmentEntry("secplat.veza.api-key").getProperty().getValue()).isEqualTo("******");
          assertThat(env.environmentEntry("secplat.guardian.secret-key").getProperty().getValue()).isEqualTo("******");
          assertThat(env.environmentEntry("secplat.veza.base-url").getProperty().getValue()).isEqualTo(mocks.baseUrl());
        });
  }

  @Test
  void credentialsAreMaskedInTheConfigPropsEndpoint(MockProviders mocks) {
    runner.withPropertyValues(britiveAndVeza(mocks)).run(context -> {
      List<SanitizingFunction> sanitizers = List.copyOf(context.getBeansOfType(SanitizingFunction.class).values());
      org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint endpoint =
          new org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint(sanitizers, Show.ALWAYS);
      endpoint.setApplicationContext(context);
      String report = String.valueOf(endpoint.configurationProperties().getContexts().values().iterator().next()
          .getBeans().get("secplat.britive-" + BritiveProperties.class.getName()).getProperties());
      assertThat(report).contains("token=******").contains("baseUrl=" + mocks.baseUrl()).doesNotContain("starter-token");
    });
  }

  @Test
  void theJarDescribesEveryPropertyForIdes() throws Exception {
    try (var metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      String json = new String(metadata.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(json).contains("\"secplat.britive.token\"", "\"secplat.veza.api-key\"", "\"secplat.guardian.secret-key\"",
          "\"secplat.jupiterone.account\"", "\"secplat.jupiterone.region\"", "\"secplat.veza.retry.max-attempts\"",
          "\"secplat.guardian.rate-limit.permits\"", "\"secplat.britive.circuit-breaker.open-for\"");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBritive {
    @Bean(destroyMethod = "close")
    BritiveClient ownBritive(org.springframework.core.env.Environment env) {
      return BritiveClient.builder().baseUrl(env.getProperty("secplat.britive.base-url"))
          .token(Secret.of("own-token")).build();
    }
  }
}
