package io.secplat.contract.security;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.secplat.core.Operation;
import io.secplat.core.VendorClient;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every façade method that calls a spec operation ({@link Operation}) and takes an id refuses a
 * bad one before any byte is sent: a null, blank or dot-segment string id, or a zero or negative
 * numeric id, fails with an IllegalArgumentException whose message starts with the argument's
 * name. The façade objects are found by reflection from each client, so a new method is covered
 * without editing this test.
 */
class FacadeIdValidationTest {
  private static final Pattern ID = Pattern.compile("(?i)(.*Id|id)");
  static WireMockServer server;

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @ParameterizedTest
  @EnumSource(SecuredVendor.class)
  void everyIdOfEveryOperationIsCheckedBeforeSending(SecuredVendor vendor) throws Exception {
    List<String> failures = new ArrayList<>();
    Set<String> covered = new TreeSet<>();
    int operations = 0;
    int badCalls = 0;
    try (VendorClient client = vendor.client("http://127.0.0.1:" + server.port())) {
      Map<Class<?>, Object> facades = new LinkedHashMap<>();
      collect(client, client.getClass().getPackageName(), facades, 0);
      for (Object facade : facades.values()) {
        for (Method method : facade.getClass().getMethods()) {
          if (method.getAnnotationsByType(Operation.class).length == 0) {
            continue;
          }
          operations++;
          Parameter[] parameters = method.getParameters();
          for (int i = 0; i < parameters.length; i++) {
            if (!ID.matcher(parameters[i].getName()).matches()) {
              continue;
            }
            String name = parameters[i].getName();
            String what = facade.getClass().getSimpleName() + "." + method.getName() + "(" + name + ")";
            List<Object> badValues = badValues(parameters[i].getType());
            if (badValues.isEmpty()) {
              failures.add(what + ": an id of type " + parameters[i].getType() + " the test cannot judge");
              continue;
            }
            covered.add(what);
            for (Object bad : badValues) {
              badCalls++;
              Object[] args = harmlessArguments(method);
              args[i] = bad;
              server.resetRequests();
              Throwable thrown = invoke(facade, method, args);
              if (!(thrown instanceof IllegalArgumentException)
                  || !String.valueOf(thrown.getMessage()).startsWith(name + " must")) {
                failures.add(what + " = " + (bad == null ? "null" : "'" + bad + "'")
                    + ": expected IllegalArgumentException naming " + name + ", got " + thrown);
              }
              if (!server.getAllServeEvents().isEmpty()) {
                failures.add(what + " = " + bad + ": " + server.getAllServeEvents().size() + " requests were sent");
              }
            }
          }
        }
      }
    }
    System.out.printf("[facade-ids] %s: %d façade operation methods, %d id arguments, %d bad calls%n",
        vendor.displayName, operations, covered.size(), badCalls);
    assertThat(failures).isEmpty();
    assertThat(covered).isNotEmpty();
  }

  /** The façade objects reachable from the client through public no-argument accessors. */
  private static void collect(Object owner, String facadePackage, Map<Class<?>, Object> facades, int depth)
      throws ReflectiveOperationException {
    facades.putIfAbsent(owner.getClass(), owner);
    if (depth > 3) {
      return;
    }
    for (Method accessor : owner.getClass().getMethods()) {
      Class<?> type = accessor.getReturnType();
      if (accessor.getParameterCount() == 0 && !Modifier.isStatic(accessor.getModifiers())
          && accessor.getAnnotationsByType(Operation.class).length == 0
          && type.getPackageName().equals(facadePackage) && !type.isEnum() && !type.isRecord()
          && !facades.containsKey(type) && hasOperations(type)) {
        collect(accessor.invoke(owner), facadePackage, facades, depth + 1);
      }
    }
  }

  private static boolean hasOperations(Class<?> type) {
    return Arrays.stream(type.getMethods()).anyMatch(m -> m.getAnnotationsByType(Operation.class).length > 0
        || (m.getParameterCount() == 0 && m.getReturnType().getPackageName().equals(type.getPackageName())
            && m.getReturnType() != type && !m.getReturnType().isEnum() && !m.getReturnType().isRecord()));
  }

  private static List<Object> badValues(Class<?> type) {
    List<Object> values = new ArrayList<>();
    if (type == String.class) {
      values.addAll(Arrays.asList(null, "", " ", "\t", ".", ".."));
    } else if (type == long.class || type == int.class) {
      values.addAll(type == long.class ? List.of(0L, -1L) : List.of(0, -1));
    } else if (type == Long.class || type == Integer.class) {
      values.add(null);
      values.addAll(type == Long.class ? List.of(0L, -1L) : List.of(0, -1));
    }
    return values;
  }

  private static Object[] harmlessArguments(Method method) {
    Parameter[] parameters = method.getParameters();
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      args[i] = harmless(parameters[i].getType(), new HashSet<>());
    }
    return args;
  }

  /** A valid-looking value of a type: simple values, or what the type's own factories make. */
  static Object harmless(Class<?> type, Set<Class<?>> seen) {
    if (type == String.class) {
      return "x1";
    } else if (type == long.class || type == Long.class) {
      return 1L;
    } else if (type == int.class || type == Integer.class) {
      return 1;
    } else if (type == boolean.class || type == Boolean.class) {
      return false;
    } else if (type == double.class || type == Double.class) {
      return 1.0;
    } else if (type.isEnum()) {
      return type.getEnumConstants()[0];
    } else if (List.class.isAssignableFrom(type) || type == Iterable.class || type == java.util.Collection.class) {
      return List.of();
    } else if (Set.class.isAssignableFrom(type)) {
      return Set.of();
    } else if (Map.class.isAssignableFrom(type)) {
      return Map.of();
    } else if (type == Optional.class) {
      return Optional.empty();
    } else if (type == Class.class) {
      return Map.class;
    } else if (type == Duration.class) {
      return Duration.ofSeconds(1);
    } else if (type == Instant.class) {
      return Instant.parse("2026-01-01T00:00:00Z");
    } else if (type == OffsetDateTime.class) {
      return OffsetDateTime.parse("2026-01-01T00:00:00Z");
    } else if (type == LocalDate.class) {
      return LocalDate.parse("2026-01-01");
    } else if (type == Object.class) {
      return Map.of();
    } else if (type == java.nio.file.Path.class) {
      return java.nio.file.Path.of("does-not-exist.json");
    } else if (!seen.add(type)) {
      return null;
    }
    for (String factory : List.of("defaults", "of", "empty", "none", "create", "builder")) {
      try {
        Method method = type.getMethod(factory);
        if (Modifier.isStatic(method.getModifiers())) {
          Object value = method.invoke(null);
          if (type.isInstance(value)) {
            return value;
          }
          Method build = value.getClass().getMethod("build");
          if (type.isInstance(build.invoke(value))) {
            return build.invoke(value);
          }
        }
      } catch (ReflectiveOperationException | RuntimeException ignored) {
        // try the next way
      }
    }
    for (var constructor : type.getConstructors()) {
      Object[] args = Arrays.stream(constructor.getParameterTypes()).map(t -> harmless(t, seen)).toArray();
      try {
        return constructor.newInstance(args);
      } catch (ReflectiveOperationException | RuntimeException ignored) {
        // try the next one
      }
    }
    return null;
  }

  private static Throwable invoke(Object target, Method method, Object[] args) {
    try {
      method.invoke(target, args);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
