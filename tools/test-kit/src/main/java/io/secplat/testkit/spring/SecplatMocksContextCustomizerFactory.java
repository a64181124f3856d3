package io.secplat.testkit.spring;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Registered in {@code META-INF/spring.factories}: gives a test class annotated with
 * {@link AutoConfigureSecplatMocks} a context with running mock providers.
 */
public final class SecplatMocksContextCustomizerFactory implements ContextCustomizerFactory {
  /** For Spring's factories loader. */
  public SecplatMocksContextCustomizerFactory() {}

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    return TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureSecplatMocks.class)
        ? new SecplatMocksContextCustomizer() : null;
  }
}
