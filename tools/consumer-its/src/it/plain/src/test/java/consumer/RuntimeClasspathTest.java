package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.testkit.SecplatMocks;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16's footprint, proved on what a service really gets: the runtime classpath Maven resolves
 * for this service (target/runtime-classpath.txt, written by dependency:build-classpath) lacks
 * every artifact the suite excludes, and the service's calls to all four vendors give the same
 * answers in a class loader holding only that classpath as in the test's own.
 */
@ExtendWith(SecplatMocks.class)
class RuntimeClasspathTest {
  /**
   * Artifacts the suite keeps out of services: resilience4j-retry and -bulkhead (only
   * resilience4j-feign's FeignDecorators.Builder names them), jakarta.validation-api (only the
   * GraphQL models' @NotNull), the Kotlin standard library and OkHttp (gone with java.net.http).
   */
  private static final List<String> EXCLUDED = List.of("resilience4j-retry-", "resilience4j-bulkhead-",
      "jakarta.validation-api-", "kotlin-stdlib", "okhttp-");
  /** A class of each excluded artifact. */
  private static final List<String> EXCLUDED_CLASSES = List.of("io/github/resilience4j/retry/Retry.class",
      "io/github/resilience4j/bulkhead/Bulkhead.class", "jakarta/validation/constraints/NotNull.class",
      "kotlin/Unit.class", "okhttp3/OkHttpClient.class");

  @Test
  void theRuntimeClasspathHasNoneOfTheExcludedArtifacts() throws Exception {
    List<String> names = runtimeClasspath().stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
    assertTrue(names.stream().anyMatch(n -> n.startsWith("resilience4j-feign-")), names.toString());
    for (String excluded : EXCLUDED) {
      assertTrue(names.stream().noneMatch(n -> n.startsWith(excluded)), excluded + " is back: " + names);
    }
  }

  @Test
  void everyVendorAnswersTheSameOnTheRuntimeClasspathAlone(MockProviders mocks) throws Exception {
    mocks.applyState("entity e-kit-1 with key host-kit exists");
    List<String> expected = EveryVendor.read(mocks.baseUrl());
    assertEquals("jupiterone vertex e-kit-1: host-kit", expected.get(3));
    assertEquals("guardian nodes of group 1: [311, 312, 313]", expected.get(2));

    List<URL> urls = new ArrayList<>();
    urls.add(Path.of("target/classes").toUri().toURL());
    for (Path jar : runtimeClasspath()) {
      urls.add(jar.toUri().toURL());
    }
    // the platform loader as parent: nothing of the test classpath (test kit, WireMock) leaks in
    try (URLClassLoader service = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      for (String excludedClass : EXCLUDED_CLASSES) {
        assertNull(service.getResource(excludedClass), excludedClass);
      }
      // one throttled answer first: the pipeline's own retry, not resilience4j-retry, repeats the call
      mocks.resetRequestCounts();
      mocks.faults().next("/api/v1/assessments/queries", MockFault.status(429).retryAfter("0"));
      Object answers = service.loadClass("consumer.EveryVendor").getMethod("read", String.class).invoke(null, mocks.baseUrl());
      assertEquals(expected, answers);
      assertEquals(2, mocks.requestCount("GET", "/api/v1/assessments/queries"));
    }
  }

  private static List<Path> runtimeClasspath() throws Exception {
    String text = Files.readString(Path.of("target/runtime-classpath.txt")).trim();
    return Arrays.stream(text.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).collect(Collectors.toList());
  }
}
