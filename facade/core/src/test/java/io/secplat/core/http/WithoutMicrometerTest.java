package io.secplat.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Micrometer is optional: with micrometer-core and resilience4j-micrometer removed from the
 * classpath, a client still builds, reflects and calls.
 */
class WithoutMicrometerTest {

  /** Runs inside the class loader without Micrometer: builds a stack and makes one call. */
  public static final class Probe implements Function<String, Object> {
    @Override
    public Object apply(String baseUrl) {
      // Reflection over the public API must not touch Micrometer types (frameworks do this).
      io.secplat.core.ClientBuilder.class.getMethods();
      io.secplat.core.ClientSettings.class.getRecordComponents();
      HttpStack stack = new ClientOptionsTest.StackBuilder().baseUrl(baseUrl).build();
      try {
        return stack.target(HttpStackTest.ItemsApi.class).get("5").get("ok");
      } finally {
        stack.close();
      }
    }
  }

  @Test
  void aClientWorksWithoutMicrometerOnTheClasspath() throws Exception {
    List<URL> urls = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = new File(entry).getName();
      if (name.startsWith("micrometer-core-") || name.startsWith("resilience4j-micrometer-")) {
        dropped.add(name.replaceAll("-[0-9].*", ""));
      } else {
        urls.add(toUrl(entry));
      }
    }
    assertThat(dropped).containsExactlyInAnyOrder("micrometer-core", "resilience4j-micrometer");

    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      server.stubFor(get(urlEqualTo("/items/5/children")).willReturn(okJson("{\"ok\":\"without micrometer\"}")));
      assertThatThrownBy(() -> loader.loadClass("io.micrometer.core.instrument.MeterRegistry"))
          .isInstanceOf(ClassNotFoundException.class);

      @SuppressWarnings("unchecked")
      Function<String, Object> probe = (Function<String, Object>) loader.loadClass(Probe.class.getName())
          .getDeclaredConstructor().newInstance();

      assertThat(probe.getClass().getClassLoader()).isSameAs(loader);
      assertThat(probe.apply("http://127.0.0.1:" + server.port())).isEqualTo("without micrometer");
      server.verify(1, getRequestedFor(urlEqualTo("/items/5/children")));
    } finally {
      server.stop();
    }
  }

  private static URL toUrl(String entry) {
    try {
      return new File(entry).toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
