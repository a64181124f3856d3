package io.secplat.testkit.spring;

import io.secplat.mock.MockProviders;
import io.secplat.mock.Vendors;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the mock providers for one test context, registers them as the bean
 * {@value #BEAN}, puts the {@code secplat.*} properties that point at them first in the
 * environment, and stops them when the context closes.
 */
final class SecplatMocksContextCustomizer implements ContextCustomizer {
  /** The bean name of the running mock providers. */
  static final String BEAN = "secplatMockProviders";

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
    MockProviders mocks = MockProviders.start(0, Vendors.all());
    context.getBeanFactory().registerSingleton(BEAN, mocks);
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
        mocks.close();
      }
    });
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("secplatMocks", pointingAt(mocks)));
    context.getEnvironment().getPropertySources().addLast(new MapPropertySource("secplatMocksDefaults", fastRetries()));
  }

  /** The mocks' URL and test credentials for every vendor. */
  static Map<String, Object> pointingAt(MockProviders mocks) {
    Map<String, Object> properties = new LinkedHashMap<>();
    String url = mocks.baseUrl();
    properties.put("secplat.britive.base-url", url);
    properties.put("secplat.britive.token", "test-kit-token");
    properties.put("secplat.veza.base-url", url);
    properties.put("secplat.veza.api-key", "test-kit-key");
    properties.put("secplat.guardian.base-url", url);
    properties.put("secplat.guardian.api-key", "test-kit-api-key");
    properties.put("secplat.guardian.secret-key", "test-kit-secret-key");
    properties.put("secplat.jupiterone.base-url", url);
    properties.put("secplat.jupiterone.api-key", "test-kit-key");
    properties.put("secplat.jupiterone.account", "test-kit-account");
    return properties;
  }

  /** Retries as the JUnit extension's clients have them (10 ms doubling to 50 ms); the application's own settings win. */
  private static Map<String, Object> fastRetries() {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (String vendor : Vendors.names()) {
      properties.put("secplat." + vendor + ".retry.initial-backoff", "10ms");
      properties.put("secplat." + vendor + ".retry.max-backoff", "50ms");
    }
    return properties;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SecplatMocksContextCustomizer;   // one cached context per configuration
  }

  @Override
  public int hashCode() {
    return SecplatMocksContextCustomizer.class.hashCode();
  }
}
