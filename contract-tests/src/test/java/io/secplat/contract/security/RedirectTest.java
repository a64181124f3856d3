package io.secplat.contract.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secplat.core.Canary;
import io.secplat.core.VendorClient;
import io.secplat.core.error.UnexpectedResponseException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credentials never follow a redirect: every endpoint of every vendor, answered with a 301, 302,
 * 303, 307 or 308 pointing at another server, surfaces a typed exception carrying the status, and
 * the other server receives nothing at all.
 *
 * <p>The other server listens on 127.0.0.1 too, on another port: an origin is scheme, host and
 * port (RFC 6454), so it is another origin, as a redirect to an attacker's host would be, while
 * the test still talks to loopback only. A second target on {@code localhost} covers a different
 * host name for the same machine.
 */
class RedirectTest {
  static WireMockServer vendor;
  static WireMockServer elsewhere;

  @BeforeAll
  static void start() {
    vendor = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    elsewhere = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    vendor.start();
    elsewhere.start();
  }

  @AfterAll
  static void stop() {
    vendor.stop();
    elsewhere.stop();
  }

  @BeforeEach
  void reset() {
    vendor.resetAll();
    elsewhere.resetAll();
    elsewhere.stubFor(any(anyUrl()).willReturn(okJson("{}")));
  }

  static Stream<Arguments> redirects() {
    return SecuredVendor.allEndpoints().stream().flatMap(endpoint -> Stream.of(301, 302, 303, 307, 308)
        .flatMap(status -> Stream.of("127.0.0.1", "localhost").map(host -> Arguments.of(endpoint, status, host))));
  }

  @ParameterizedTest(name = "{0} answered {1} to {2}")
  @MethodSource("redirects")
  void aRedirectIsNotFollowedAndTheOtherServerReceivesNothing(SecuredVendor.Endpoint endpoint, int status, String host) {
    String location = "http://" + host + ":" + elsewhere.port() + "/steal?from=" + endpoint.vendor().name();
    vendor.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Location", location)));

    Throwable failure;
    try (VendorClient client = endpoint.vendor().client("http://127.0.0.1:" + vendor.port())) {
      failure = catchThrowable(() -> endpoint.read().accept(client));
    }

    assertThat(failure).as(endpoint.toString()).isInstanceOfSatisfying(UnexpectedResponseException.class,
        e -> assertThat(e.status()).isEqualTo(status));
    assertThat(failure.getMessage()).startsWith(endpoint.vendor().displayName + " ")
        .contains("answered HTTP " + status);
    assertThat(elsewhere.getAllServeEvents()).as("requests that reached the other server").isEmpty();
    assertThat(vendor.getAllServeEvents()).hasSize(1);
    LoggedRequest sent = vendor.getAllServeEvents().get(0).getRequest();
    assertThat(sent.getHeader("Authorization").contains(Canary.MARKER)).as("the vendor itself got the credential").isTrue();
  }
}
