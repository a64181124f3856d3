package io.secplat.testkit.spring;

import io.secplat.mock.MockProviders;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Registered in {@code META-INF/spring.factories}: before each test method of a class annotated
 * with {@link AutoConfigureSecplatMocks}, restores every vendor's seeded state, removes injected
 * faults and forgets the request counts.
 */
public final class SecplatMocksTestExecutionListener extends AbstractTestExecutionListener {
  /** For Spring's factories loader. */
  public SecplatMocksTestExecutionListener() {}

  @Override
  public int getOrder() {
    return 10_000;   // after dependency injection
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (!TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), AutoConfigureSecplatMocks.class)) {
      return;
    }
    MockProviders mocks = testContext.getApplicationContext()
        .getBean(SecplatMocksContextCustomizer.BEAN, MockProviders.class);
    mocks.resetState();
    mocks.resetRequestCounts();
  }
}
