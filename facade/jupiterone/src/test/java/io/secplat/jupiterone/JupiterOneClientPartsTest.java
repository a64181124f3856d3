package io.secplat.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.secplat.core.CircuitBreakerPolicy;
import io.secplat.core.Secret;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The client builds each part on first use and then hands out that same part; what build() defers
 * (parts, JSON mapper, HTTP client) never defers its checks of the configuration.
 */
class JupiterOneClientPartsTest {
  @Test
  void aConfigurationTheClientCannotUseFailsTheBuildAndNothingReachesTheServer() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      assertThatThrownBy(() -> JupiterOneClient.builder().accountId("a").baseUrl(url).build())
          .hasMessage("apiKey is required");
      assertThatThrownBy(() -> JupiterOneClient.builder().apiKey(Secret.of("k-0000001")).accountId("a").baseUrl(url)
          .iamUrl("http://iam.example.com/graphql").build())
          .hasMessageStartingWith("iamUrl uses plain http on a non-loopback host");
      assertThatThrownBy(() -> JupiterOneClient.builder().apiKey(Secret.of("k-0000001")).accountId("a").baseUrl(url)
          .proxy(new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("127.0.0.1", 1080))).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only HTTP proxies");
      assertThatThrownBy(() -> JupiterOneClient.builder().apiKey(Secret.of("k-0000001")).accountId("a").baseUrl(url)
          .circuitBreaker(CircuitBreakerPolicy.builder().openFor(Duration.ofNanos(1)).build()).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waitDurationInOpenState");

      assertThat(requests).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void eachPartIsBuiltOnceOnFirstUseAndThenTheSameOneIsReturned() {
    try (JupiterOneClient j1 = JupiterOneClient.builder().apiKey(Secret.of("k")).accountId("a")
        .baseUrl("http://127.0.0.1:9").build()) {
      assertThat(j1.graph()).isNotNull().isSameAs(j1.graph());
      assertThat(j1.entities()).isNotNull().isSameAs(j1.entities());
      assertThat(j1.relationships()).isNotNull().isSameAs(j1.relationships());
      assertThat(j1.alertRules()).isNotNull().isSameAs(j1.alertRules());
      assertThat(j1.questions()).isNotNull().isSameAs(j1.questions());
      assertThat(j1.integrations()).isNotNull().isSameAs(j1.integrations());
      assertThat(j1.auditEvents()).isNotNull().isSameAs(j1.auditEvents());
      assertThat(j1.iam()).isNotNull().isSameAs(j1.iam());
      assertThat(j1.sync()).isNotNull().isSameAs(j1.sync());
      assertThat(j1.rawData()).isNotNull().isSameAs(j1.rawData());
    }
  }
}
