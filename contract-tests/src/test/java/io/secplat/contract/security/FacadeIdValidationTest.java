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
import java.util.Collections;
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
 * bad one before any byte is sent: a null or blank string id, or a zero or negative numeric id,
 * fails with an IllegalArgumentException whose message starts with the argument's name, while the
 * other arguments are valid (a valid set is searched for each method: it must not fail with an
 * IllegalArgumentException). The façade objects are found by reflection from each client, so a
 * new method is covered without editing this test. Dot segments are refused by the stack for
 * every path parameter ({@link PathEncodingTest}); an id that travels in a body may be '.'.
 */
class FacadeIdValidationTest {
  private static final Pattern ID = Pattern.compile("(?i)(.*Id|id)");
  /** Ids where a blank value means something (documented on the method): only null is refused. */
  private static final Map<String, String> BLANK_ALLOWED = Map.of(
      "Environments.createGroup(parentId)", "an empty parentId creates a root group, as Britive's SDK does");
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
    Set<String> idCheckedFirst = new TreeSet<>();
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
          Object[] valid = null;
          for (int i = 0; i < parameters.length; i++) {
            if (!ID.matcher(parameters[i].getName()).matches()) {
              continue;
            }
            String name = parameters[i].getName();
            String what = facade.getClass().getSimpleName() + "." + method.getName() + "(" + name + ")";
            List<Object> badValues = badValues(parameters[i].getType());
            if (BLANK_ALLOWED.containsKey(what)) {
              badValues = Collections.singletonList(null);
            }
            if (badValues.isEmpty()) {
              failures.add(what + ": an id of type " + parameters[i].getType() + " the test cannot judge");
              continue;
            }
            if (valid == null) {
              valid = validArguments(facade, method);
              if (valid == null) {
                // no accepted set was found: the other arguments stay plain, so the id must be
                // checked before them (the message must still name it)
                idCheckedFirst.add(what);
                valid = plainArguments(method);
              }
            }
            covered.add(what);
            for (Object bad : badValues) {
              badCalls++;
              Object[] args = valid.clone();
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
    System.out.printf("[facade-ids] %s: %d façade operation methods, %d id arguments, %d bad calls; "
        + "without an accepted set of other arguments: %s%n",
        vendor.displayName, operations, covered.size(), badCalls, idCheckedFirst);
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
      values.addAll(Arrays.asList(null, "", " ", "\t"));
    } else if (type == long.class || type == int.class) {
      values.addAll(type == long.class ? List.of(0L, -1L) : List.of(0, -1));
    } else if (type == Long.class || type == Integer.class) {
      values.add(null);
      values.addAll(type == Long.class ? List.of(0L, -1L) : List.of(0, -1));
    }
    return values;
  }

  /**
   * Arguments the method accepts: each combination of candidate values (every enum constant,
   * every factory-made value) is tried until one call does not fail with an
   * IllegalArgumentException or a NullPointerException.
   *
   * @return the arguments, or null when no combination of the first 200 is accepted
   */
  private static Object[] validArguments(Object facade, Method method) {
    Parameter[] parameters = method.getParameters();
    List<List<Object>> candidates = new ArrayList<>();
    for (Parameter parameter : parameters) {
      List<Object> values = candidates(parameter.getType(), parameter.getParameterizedType());
      candidates.add(values.isEmpty() ? Collections.singletonList(null) : values);
    }
    int[] position = new int[parameters.length];
    for (int attempt = 0; attempt < 200; attempt++) {
      Object[] args = new Object[parameters.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = candidates.get(i).get(position[i]);
      }
      Throwable thrown = invoke(facade, method, args);
      if (!(thrown instanceof IllegalArgumentException) && !(thrown instanceof NullPointerException)) {
        return args;
      }
      int i = 0;
      while (i < position.length && ++position[i] == candidates.get(i).size()) {
        position[i++] = 0;
      }
      if (i == position.length) {
        return null;
      }
    }
    return null;
  }

  private static Object[] plainArguments(Method method) {
    Parameter[] parameters = method.getParameters();
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < args.length; i++) {
      List<Object> values = candidates(parameters[i].getType(), parameters[i].getParameterizedType());
      args[i] = values.isEmpty() ? null : values.get(0);
    }
    return args;
  }

  /** Valid-looking values of a type, the most ordinary first. */
  static List<Object> candidates(Class<?> type, java.lang.reflect.Type generic) {
    List<Object> values = new ArrayList<>();
    if (type.isEnum()) {
      values.addAll(Arrays.asList(type.getEnumConstants()));
    } else if (List.class.isAssignableFrom(type) || type == Iterable.class || type == java.util.Collection.class) {
      if (generic instanceof java.lang.reflect.ParameterizedType parameterized
          && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
        Object one = harmless(element, new HashSet<>());
        if (one != null) {
          values.add(List.of(one));
        }
      }
      values.add(List.of());
    } else if (Map.class.isAssignableFrom(type)) {
      if (generic instanceof java.lang.reflect.ParameterizedType parameterized
          && parameterized.getActualTypeArguments()[0] instanceof Class<?> key
          && parameterized.getActualTypeArguments()[1] instanceof Class<?> value) {
        Object k = harmless(key, new HashSet<>());
        Object v = harmless(value, new HashSet<>());
        if (k != null && v != null) {
          values.add(Map.of(k, v));
        }
      }
      values.add(Map.of());
    } else if (!type.isPrimitive() && !type.getName().startsWith("java.")) {
      for (Method factory : type.getMethods()) {
        if (Modifier.isStatic(factory.getModifiers()) && type.isAssignableFrom(factory.getReturnType())
            && Arrays.stream(factory.getParameterTypes()).allMatch(t -> t.isPrimitive() || t == String.class
                || t == Long.class || t == Integer.class)) {
          try {
            Object value = factory.invoke(null, Arrays.stream(factory.getParameterTypes())
                .map(t -> harmless(t, new HashSet<>())).toArray());
            if (value != null) {
              values.add(value);
            }
          } catch (ReflectiveOperationException | RuntimeException ignored) {
            // not a usable factory
          }
        }
      }
      Object fallback = harmless(type, new HashSet<>());
      if (fallback != null) {
        values.add(fallback);
      }
    } else {
      values.add(harmless(type, new HashSet<>()));
    }
    return values;
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
