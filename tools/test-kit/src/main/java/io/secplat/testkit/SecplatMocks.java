package io.secplat.testkit;

import io.secplat.britive.BritiveClient;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.guardian.GuardianClient;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.mock.MockProviders;
import io.secplat.mock.Vendors;
import io.secplat.veza.VezaClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension for other teams' tests: every vendor's mock provider on one free loopback
 * port, reset before each test (state, injected faults and the request counts of
 * {@link MockProviders#requestCount}); test methods (and constructors) receive configured
 * clients by declaring them as parameters.
 *
 * <p>One set of mock providers is shared by every test class of the JVM (started by the first,
 * stopped when the test run ends), because the reset before each test makes sharing safe. When
 * test classes run in parallel ({@code junit.jupiter.execution.parallel.enabled=true}), or when
 * the configuration parameter {@value #SHARED} is {@code false}, or when the extension loads a
 * recording ({@link #withRecordings}), each test class starts its own.
 *
 * <pre>{@code
 * @ExtendWith(SecplatMocks.class)
 * class AccessReviewTest {
 *   @Test
 *   void retriesAThrottledRead(BritiveClient britive, MockProviders mocks) {
 *     mocks.faults().next("/api/apps/.*", MockFault.status(429).retryAfter("0"));
 *     assertThat(britive.environments().list("app-1")).isNotEmpty();
 *   }
 * }
 * }</pre>
 *
 * <p>Resolvable parameters: {@link MockProviders} (state seeding, fault injection, request
 * journal), {@link BritiveClient}, {@link VezaClient}, {@link GuardianClient},
 * {@link JupiterOneClient}. Clients retry up to 3 times with 10 ms backoff, so tests stay fast.
 */
public final class SecplatMocks implements BeforeEachCallback, ParameterResolver {
  /** Configuration parameter: {@code false} gives each test class its own mock providers. */
  public static final String SHARED = "secplat.mocks.shared";
  private static final String PARALLEL = "junit.jupiter.execution.parallel.enabled";
  private static final Namespace NAMESPACE = Namespace.create(SecplatMocks.class);
  private static final RetryPolicy FAST_RETRIES =
      RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50)).build();
  private static final Map<Class<?>, Function<String, AutoCloseable>> CLIENTS = Map.of(
      BritiveClient.class, baseUrl -> BritiveClient.builder().baseUrl(baseUrl).token(Secret.of("test-kit-token"))
          .retryPolicy(FAST_RETRIES).build(),
      VezaClient.class, baseUrl -> VezaClient.builder().baseUrl(baseUrl).apiKey(Secret.of("test-kit-key"))
          .retryPolicy(FAST_RETRIES).build(),
      GuardianClient.class, baseUrl -> GuardianClient.builder().baseUrl(baseUrl).apiKey(Secret.of("test-kit-api-key"))
          .secretKey(Secret.of("test-kit-secret-key")).retryPolicy(FAST_RETRIES).build(),
      JupiterOneClient.class, baseUrl -> JupiterOneClient.builder().baseUrl(baseUrl).apiKey(Secret.of("test-kit-key"))
          .accountId("test-kit-account").retryPolicy(FAST_RETRIES).build());

  /** Folder of recorded stubs loaded into the mocks, or null. */
  private final Path recordings;

  /** The extension as {@code @ExtendWith(SecplatMocks.class)} makes it: the seeded mocks only. */
  public SecplatMocks() {
    this(null);
  }

  private SecplatMocks(Path recordings) {
    this.recordings = recordings;
  }

  /**
   * Mocks that answer first from a recording of a real tenant ({@code secplat <vendor> record}),
   * and from the seeded state for every request no recording matches:
   *
   * <pre>{@code
   * @RegisterExtension
   * static final SecplatMocks MOCKS = SecplatMocks.withRecordings(Path.of("src/test/recordings/britive"));
   * }</pre>
   *
   * @param folder the recording folder (holding {@code mappings/*.json})
   * @return the extension
   */
  public static SecplatMocks withRecordings(Path folder) {
    if (folder == null || !Files.isDirectory(folder.resolve("mappings"))) {
      throw new IllegalArgumentException("not a recording folder (no mappings/ inside): " + folder);
    }
    return new SecplatMocks(folder);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    MockProviders mocks = mocks(context);
    mocks.resetState();
    mocks.resetRequestCounts();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MockProviders.class || CLIENTS.containsKey(type);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    MockProviders mocks = mocks(context);
    if (type == MockProviders.class) {
      return mocks;
    }
    Function<String, AutoCloseable> factory = CLIENTS.get(type);
    if (factory == null) {
      throw new ParameterResolutionException("SecplatMocks cannot provide a " + type.getName());
    }
    AutoCloseable client = factory.apply(mocks.baseUrl());
    context.getStore(NAMESPACE).put(new Object(), new Closing(client));
    return client;
  }

  private MockProviders mocks(ExtensionContext context) {
    // Mocks loaded with a recording are never shared: another test class may load another one.
    ExtensionContext owner = recordings == null && shared(context) ? context.getRoot()
        : context.getTestClass().isPresent() && context.getTestMethod().isPresent()
            ? context.getParent().orElse(context) : context;
    return owner.getStore(NAMESPACE)
        .getOrComputeIfAbsent(RunningMocks.class, key -> new RunningMocks(recordings), RunningMocks.class).mocks;
  }

  /**
   * @return true when the mock providers are shared across test classes: the default, unless
   *     test classes run in parallel
   */
  static boolean shared(ExtensionContext context) {
    boolean parallel = context.getConfigurationParameter(PARALLEL).map(Boolean::parseBoolean).orElse(false);
    return context.getConfigurationParameter(SHARED).map(Boolean::parseBoolean).orElse(!parallel);
  }

  /** The running mock providers, stopped when their owner (the test run, or one test class) is done. */
  private static final class RunningMocks implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final MockProviders mocks = MockProviders.start(0, Vendors.all());

    RunningMocks(Path recordings) {
      if (recordings != null) {
        mocks.loadRecordings(recordings);
      }
    }

    @Override
    public void close() {
      mocks.close();
    }
  }

  /** A client handed to one test, closed when the test is done. */
  private static final class Closing implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final AutoCloseable client;

    Closing(AutoCloseable client) {
      this.client = client;
    }

    @Override
    public void close() throws Exception {
      client.close();
    }
  }
}
