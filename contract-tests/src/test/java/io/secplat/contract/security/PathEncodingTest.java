package io.secplat.contract.security;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import feign.HeaderMap;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import io.secplat.core.PathSegment;
import io.secplat.core.VendorClient;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every path parameter of every operation of every generated interface (the four generated
 * clients, JupiterOne's REST client included), called through the vendor client's own stack
 * ({@link VendorClient#api(Class)}) against a catch-all server on 127.0.0.1: each hostile value
 * arrives percent-encoded in exactly its own segment, the path keeps its segment count and the
 * query string does not change; a dot segment or a null is refused naming the parameter, before
 * anything is sent. The operations covered are counted and compared with the spec, so that no
 * operation is skipped silently.
 */
class PathEncodingTest {
  /** Values that would change the path if they were not encoded. */
  static final List<String> HOSTILE = List.of("../", "a/b", "a?b=c", "a#b", "a%2Fb", "..%2F..%2Fadmin", "x/../../y");
  /** Values no encoding can keep in place (HTTP stacks resolve them, encoded or not): refused. */
  static final List<String> REFUSED = List.of("..", ".", "", " ");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
  private static final Map<SecuredVendor, String> SPECS = Map.of(
      SecuredVendor.BRITIVE, "britive/britive.yaml",
      SecuredVendor.VEZA, "veza/veza.yaml",
      SecuredVendor.GUARDIAN, "guardian/guardian.yaml",
      SecuredVendor.JUPITERONE, "jupiterone/jupiterone-rest.yaml");

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
  void everyPathParameterOfEveryOperationStaysInItsOwnSegment(SecuredVendor vendor) throws Exception {
    List<Class<?>> apis = interfaces(vendor.apiPackage);
    assertThat(apis).as(vendor + " generated interfaces").isNotEmpty();
    List<String> failures = new ArrayList<>();
    Set<String> operations = new TreeSet<>();
    Set<String> hostileOperations = new TreeSet<>();
    int methods = 0;
    int hostileCalls = 0;
    try (VendorClient client = vendor.client("http://127.0.0.1:" + server.port())) {
      for (Class<?> api : apis) {
        Object target = client.api(api);
        for (Method method : api.getMethods()) {
          RequestLine line = method.getAnnotation(RequestLine.class);
          if (line == null || pathPlaceholders(line.value()).isEmpty()) {
            continue;
          }
          methods++;
          String operation = api.getSimpleName() + "." + method.getName().replaceFirst("WithHttpInfo$", "");
          operations.add(operation);
          Map<Integer, String> pathParameters = pathParameters(method, line);
          assertThat(pathParameters.values()).as(operation + " binds every placeholder")
              .containsExactlyInAnyOrderElementsOf(pathPlaceholders(line.value()));
          // harmless values everywhere: the baseline path and query
          Object[] harmless = arguments(method, pathParameters, -1, null);
          String baseline = call(target, method, harmless, failures, operation + " (harmless)");
          if (baseline == null) {
            continue;
          }
          String expectedQuery = query(baseline);
          assertThat(path(baseline)).as(operation).isEqualTo(expectedPath(line, method, pathParameters, -1, null));
          for (Map.Entry<Integer, String> parameter : pathParameters.entrySet()) {
            int index = parameter.getKey();
            Class<?> type = method.getParameterTypes()[index];
            if (type != String.class) {
              assertThat(Number.class.isAssignableFrom(type) || type.isPrimitive() || type.isEnum())
                  .as(operation + "." + parameter.getValue() + " is typed so that it cannot leave its segment (" + type + ")")
                  .isTrue();
              continue;
            }
            hostileOperations.add(operation);
            for (String hostile : HOSTILE) {
              hostileCalls++;
              String what = operation + "(" + parameter.getValue() + "=" + hostile + ")";
              String url = call(target, method, arguments(method, pathParameters, index, hostile), failures, what);
              if (url == null) {
                continue;
              }
              String expected = expectedPath(line, method, pathParameters, index, hostile);
              if (!path(url).equals(expected)) {
                failures.add(what + ": sent " + path(url) + ", expected " + expected);
              } else if (segments(path(url)) != segments(baseline) || !expected.contains(PathSegment.encode(hostile))) {
                // the value may share its segment with literal text (Guardian's "/report.{format}")
                failures.add(what + ": hostile value not encoded inside one segment: " + path(url));
              }
              if (!java.util.Objects.equals(query(url), expectedQuery)) {
                failures.add(what + ": query changed to " + query(url) + ", was " + expectedQuery);
              }
            }
            for (Object refused : refusedValues()) {
              String what = operation + "(" + parameter.getValue() + "=" + describe(refused) + ")";
              server.resetRequests();
              Throwable thrown = invoke(target, method, arguments(method, pathParameters, index, refused));
              if (!(thrown instanceof IllegalArgumentException)
                  || !String.valueOf(thrown.getMessage()).startsWith(parameter.getValue() + " must not be")) {
                failures.add(what + ": expected IllegalArgumentException naming " + parameter.getValue() + ", got " + thrown);
              }
              if (!server.getAllServeEvents().isEmpty()) {
                failures.add(what + ": a request was sent");
              }
            }
          }
        }
      }
    }
    long specOperations = pathParameterisedOperationsInSpec(vendor);
    System.out.printf("[path-encoding] %s: %d path-parameterised operations (%d generated methods), %d with a string "
        + "path parameter, %d hostile calls; the spec has %d%n",
        vendor.displayName, operations.size(), methods, hostileOperations.size(), hostileCalls, specOperations);
    assertThat(failures).isEmpty();
    assertThat(operations).as("every path-parameterised operation of the spec was called").hasSize((int) specOperations);
    assertThat(hostileCalls).isPositive();
  }

  private static List<Object> refusedValues() {
    List<Object> values = new ArrayList<>(REFUSED);
    values.add(null);
    return values;
  }

  private static String describe(Object value) {
    return value == null ? "null" : "'" + value + "'";
  }

  /** Calls the method, expecting exactly one request; returns its raw URL (path and query). */
  private static String call(Object target, Method method, Object[] args, List<String> failures, String what) {
    server.resetRequests();
    Throwable thrown = invoke(target, method, args);
    List<ServeEvent> events = server.getAllServeEvents();
    if (events.size() != 1) {
      failures.add(what + ": " + events.size() + " requests (" + thrown + ")");
      return null;
    }
    if (thrown != null && !(thrown instanceof io.secplat.core.error.ApiException)) {
      failures.add(what + ": unexpected " + thrown);
    }
    return events.get(0).getRequest().getUrl();
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

  /** The arguments: the value under test at one path parameter, harmless values elsewhere. */
  private static Object[] arguments(Method method, Map<Integer, String> pathParameters, int target, Object value)
      throws ReflectiveOperationException {
    Parameter[] parameters = method.getParameters();
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      Class<?> type = parameters[i].getType();
      if (i == target) {
        args[i] = value;
      } else if (pathParameters.containsKey(i)) {
        args[i] = harmless(type);
      } else if (parameters[i].isAnnotationPresent(HeaderMap.class)) {
        args[i] = new HashMap<String, Object>();
      } else if (parameters[i].isAnnotationPresent(QueryMap.class)) {
        args[i] = type.getDeclaredConstructor().newInstance();
      } else if (parameters[i].isAnnotationPresent(Param.class)) {
        args[i] = type.isPrimitive() ? harmless(type) : null;
      } else {
        args[i] = body(type);
      }
    }
    return args;
  }

  private static Object harmless(Class<?> type) {
    if (type == String.class) {
      return "p1";
    } else if (type == Long.class || type == long.class) {
      return 1L;
    } else if (type == Integer.class || type == int.class) {
      return 1;
    } else if (type == Boolean.class || type == boolean.class) {
      return false;
    } else if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    throw new IllegalStateException("no harmless value for a path parameter of type " + type);
  }

  private static Object body(Class<?> type) throws ReflectiveOperationException {
    if (type == String.class) {
      return "{}";
    } else if (List.class.isAssignableFrom(type)) {
      return List.of();
    } else if (Map.class.isAssignableFrom(type) || type == Object.class) {
      return Map.of();
    } else if (type == File.class) {
      return null;
    }
    return type.getDeclaredConstructor().newInstance();
  }

  private static String expectedPath(RequestLine line, Method method, Map<Integer, String> pathParameters, int target,
      String hostile) {
    String template = pathTemplate(line.value());
    Map<String, String> values = new HashMap<>();
    for (Map.Entry<Integer, String> parameter : pathParameters.entrySet()) {
      Object value = parameter.getKey() == target ? hostile : harmless(method.getParameterTypes()[parameter.getKey()]);
      values.put(parameter.getValue(), PathSegment.encode(String.valueOf(value)));
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(values.get(matcher.group(1).trim())));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static Map<Integer, String> pathParameters(Method method, RequestLine line) {
    Set<String> names = pathPlaceholders(line.value());
    Map<Integer, String> parameters = new LinkedHashMap<>();
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Param param && names.contains(param.value())) {
          parameters.put(i, param.value());
        }
      }
    }
    return parameters;
  }

  private static String pathTemplate(String requestLine) {
    String url = requestLine.trim().substring(requestLine.trim().indexOf(' ') + 1);
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static Set<String> pathPlaceholders(String requestLine) {
    Matcher matcher = PLACEHOLDER.matcher(pathTemplate(requestLine));
    Set<String> names = new TreeSet<>();
    while (matcher.find()) {
      names.add(matcher.group(1).trim());
    }
    return names;
  }

  private static String path(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static String query(String url) {
    int query = url.indexOf('?');
    return query < 0 ? null : url.substring(query + 1);
  }

  private static int segments(String url) {
    return path(url).split("/", -1).length;
  }

  /** The operations of the vendor's OpenAPI document whose path has a parameter. */
  private static long pathParameterisedOperationsInSpec(SecuredVendor vendor) throws IOException {
    Path spec = Path.of(System.getProperty("specs.dir", "../specs")).resolve(SPECS.get(vendor));
    JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(spec.toFile()).path("paths");
    Set<String> verbs = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    long count = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      if (path.getKey().contains("{")) {
        for (Iterator<String> names = path.getValue().fieldNames(); names.hasNext(); ) {
          if (verbs.contains(names.next())) {
            count++;
          }
        }
      }
    }
    return count;
  }

  /** Every interface of a package on the class path, from a directory or a jar. */
  static List<Class<?>> interfaces(String packageName) throws IOException, URISyntaxException, ClassNotFoundException {
    String directory = packageName.replace('.', '/');
    Set<String> names = new TreeSet<>();
    Enumeration<URL> roots = PathEncodingTest.class.getClassLoader().getResources(directory);
    for (URL root : Collections.list(roots)) {
      if (root.getProtocol().equals("file")) {
        try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
          files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
              .forEach(n -> names.add(packageName + "." + n.substring(0, n.length() - ".class".length())));
        }
      } else if (root.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          for (JarEntry entry : Collections.list(jar.entries())) {
            String n = entry.getName();
            if (n.startsWith(directory + "/") && n.endsWith(".class") && !n.contains("$")
                && n.indexOf('/', directory.length() + 1) < 0) {
              names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
            }
          }
        }
      }
    }
    List<Class<?>> interfaces = new ArrayList<>();
    for (String name : names) {
      Class<?> type = Class.forName(name);
      if (type.isInterface()) {
        interfaces.add(type);
      }
    }
    return interfaces;
  }
}
