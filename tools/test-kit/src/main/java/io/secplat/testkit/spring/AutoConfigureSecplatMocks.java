package io.secplat.testkit.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For Spring tests ({@code @SpringBootTest} and slices, Spring Boot 3.5 and 4.x): starts every
 * vendor's mock provider once per test context, points the application's own clients at them
 * ({@code secplat.<vendor>.base-url} and the credential properties, ahead of the application's
 * own configuration) with fast retries, and resets the mocks' state, faults and request counts
 * before each test method. The running {@link io.secplat.mock.MockProviders} is a bean, for
 * faults and state:
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureSecplatMocks
 * class AccessReviewServiceTest {
 *   @Autowired AccessReviewService service;   // the application's bean, using VezaClient
 *   @Autowired MockProviders mocks;
 *
 *   @Test
 *   void survivesAThrottledVendor() {
 *     mocks.faults().next("/api/v1/.*", MockFault.status(429).retryAfter("0"));
 *     assertThat(service.savedQueryNames()).isNotEmpty();
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureSecplatMocks {}
