/**
 * Spring test support: {@link io.secplat.testkit.spring.AutoConfigureSecplatMocks}. Needs
 * spring-test on the test classpath (the service's own, through spring-boot-starter-test).
 */
package io.secplat.testkit.spring;
