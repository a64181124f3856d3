package io.secplat.core.http;

import feign.Contract;
import feign.MethodMetadata;
import feign.Param;
import io.secplat.core.Arguments;
import io.secplat.core.PathSegment;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feign's default contract, made safe for path parameters: every value bound to a
 * {@code {placeholder}} in the path part of a request line is checked and percent-encoded by
 * {@link PathSegment#encode(String)} before Feign sees it, so that {@code /}, {@code ?},
 * {@code #}, {@code %} (an already encoded {@code %2F} included) stay inside the parameter's own
 * segment, for the façades and for callers of the generated interfaces alike. Feign's slash
 * decoding is off. A dot segment ({@code .} or {@code ..}) is refused before any byte is sent:
 * HTTP stacks resolve it, encoded or not, so no encoding can keep it in place.
 */
final class SegmentSafeContract extends Contract.Default {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  @Override
  protected MethodMetadata parseAndValidateMetadata(Class<?> targetType, Method method) {
    MethodMetadata metadata = super.parseAndValidateMetadata(targetType, method);
    metadata.template().decodeSlash(false);
    Set<String> pathNames = pathPlaceholders(metadata.template().url());
    Map<Integer, Param.Expander> expanders = new HashMap<>();
    for (Map.Entry<Integer, Collection<String>> parameter : metadata.indexToName().entrySet()) {
      for (String name : parameter.getValue()) {
        if (pathNames.contains(name)) {
          if (metadata.indexToExpanderClass().containsKey(parameter.getKey())) {
            throw new IllegalStateException(method + ": path parameter " + name + " must not declare its own expander");
          }
          expanders.put(parameter.getKey(), new PathParameterExpander(name));
        }
      }
    }
    if (!expanders.isEmpty()) {
      // Feign uses either this map or the declared expander classes: keep the declared ones too
      for (Map.Entry<Integer, Class<? extends Param.Expander>> declared : metadata.indexToExpanderClass().entrySet()) {
        try {
          expanders.putIfAbsent(declared.getKey(), declared.getValue().getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(method + ": cannot create expander " + declared.getValue().getName(), e);
        }
      }
      metadata.indexToExpander(expanders);
    }
    return metadata;
  }

  /**
   * The path parameters of a Feign interface method, by argument index, for the check that none
   * is null (Feign would silently drop a null one, and the path would lose a segment).
   *
   * @param method a method annotated with {@code @RequestLine}
   * @return argument index to parameter name, for each argument bound to a path placeholder
   */
  static Map<Integer, String> pathParameters(Method method) {
    feign.RequestLine line = method.getAnnotation(feign.RequestLine.class);
    if (line == null) {
      return Map.of();
    }
    String value = line.value().trim();
    Set<String> pathNames = pathPlaceholders(value.contains(" ") ? value.substring(value.indexOf(' ') + 1) : value);
    Map<Integer, String> parameters = new HashMap<>();
    java.lang.annotation.Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (java.lang.annotation.Annotation annotation : annotations[i]) {
        if (annotation instanceof Param param && pathNames.contains(param.value())) {
          parameters.put(i, param.value());
        }
      }
    }
    return parameters;
  }

  /**
   * Refuses a null path parameter, naming it, before anything is sent.
   *
   * @param parameters the method's path parameters ({@link #pathParameters(Method)})
   * @param args the call's arguments
   * @throws IllegalArgumentException naming the first null path parameter
   */
  static void requirePathParameters(Map<Integer, String> parameters, Object[] args) {
    for (Map.Entry<Integer, String> parameter : parameters.entrySet()) {
      if (args == null || args[parameter.getKey()] == null) {
        throw new IllegalArgumentException(parameter.getValue() + " must not be null");
      }
    }
  }

  /**
   * @param url a request line's URL template, for example {@code /items/{id}/children?q={q}}
   * @return the names of the placeholders in its path part
   */
  static Set<String> pathPlaceholders(String url) {
    int query = url.indexOf('?');
    Matcher matcher = PLACEHOLDER.matcher(query < 0 ? url : url.substring(0, query));
    Set<String> names = new HashSet<>();
    while (matcher.find()) {
      names.add(matcher.group(1).trim());
    }
    return names;
  }

  /** Checks and percent-encodes one path parameter. */
  static final class PathParameterExpander implements Param.Expander {
    private final String name;

    PathParameterExpander(String name) {
      this.name = name;
    }

    @Override
    public String expand(Object value) {
      return PathSegment.encode(Arguments.requirePathSegment(name, String.valueOf(value)));
    }
  }
}
