package io.secplat.core.contract;

import feign.RequestLine;
import io.secplat.core.Operation;
import io.secplat.core.VendorClient;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One read-only façade method a conformance run calls, and how its arguments are found. */
final class ReadOperation {
  /** At most this many argument combinations are tried on an operation whose façade refuses some. */
  private static final int MAX_VARIANTS = 32;
  private static final Set<String> COUNTS = Set.of("limit", "size", "pagesize", "perpage", "page", "weeks", "days",
      "count", "depth", "max", "maxresults");

  /**
   * Per generated interface X, the methods its generated {@code XOperations.READ_ONLY} names (the
   * spec's {@code x-read-only}); none without one.
   */
  private static final ClassValue<Set<String>> READ_ONLY = new ClassValue<>() {
    @Override
    protected Set<String> computeValue(Class<?> api) {
      try {
        Class<?> operations = Class.forName(api.getName() + "Operations", true, api.getClassLoader());
        String names = ((String) operations.getField("READ_ONLY").get(null)).trim();
        return names.isEmpty() ? Set.of() : Set.of(names.split("\\s+"));
      } catch (ReflectiveOperationException | ClassCastException notGenerated) {
        return Set.of();
      }
    }
  };

  private final String id;
  private final String accessor;
  private final Object target;
  private final Method method;
  /** A POST that reads: its question travels in the body, which the run cannot invent. */
  private final boolean readsInBody;

  private ReadOperation(String id, String accessor, Object target, Method method, boolean readsInBody) {
    this.id = id;
    this.accessor = accessor;
    this.target = target;
    this.method = method;
    this.readsInBody = readsInBody;
  }

  /** @return the read-only operations of a client's façade, one per operationId (the simplest overload) */
  static List<ReadOperation> discover(VendorClient client) {
    List<ReadOperation> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    addFrom(client, "", client, seen, found);
    for (Method accessor : client.getClass().getMethods()) {
      if (!Conformance.isAccessor(accessor, client.getClass())) {
        continue;
      }
      Object resource;
      try {
        resource = accessor.invoke(client);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      if (resource != null) {
        addFrom(client, accessor.getName(), resource, seen, found);
      }
    }
    return found;
  }

  private static void addFrom(VendorClient client, String accessor, Object resource, Set<String> seen,
      List<ReadOperation> found) {
    List<Method> methods = new ArrayList<>(List.of(resource.getClass().getMethods()));
    methods.sort((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()));
    for (Method method : methods) {
      Operation[] operations = method.getAnnotationsByType(Operation.class);
      if (operations.length != 1 || method.getDeclaringClass() != resource.getClass()
          || Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      String id = operations[0].value();
      Reads reads = seen.contains(id) ? Reads.NO : reads(resource, id);
      if (reads == Reads.NO) {
        continue;
      }
      seen.add(id);
      found.add(new ReadOperation(id, accessor, resource, method, reads == Reads.IN_BODY));
    }
  }

  /**
   * Reads when the generated Feign method is a GET, or a POST the spec marks {@code x-read-only: true}
   * (a query taking its input in the body; carried into the generated {@code XOperations.READ_ONLY},
   * see generated-clients/templates), or the GraphQL document is a query. {@code x-safe-to-repeat}
   * alone is not enough: an idempotent write (Veza's {@code :parts}, {@code :icon}) is safe to repeat
   * but writes.
   */
  private static Reads reads(Object resource, String operationId) {
    for (Class<?> type = resource.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!field.getType().isInterface()) {
          continue;
        }
        for (Method generated : field.getType().getMethods()) {
          RequestLine line = generated.getAnnotation(RequestLine.class);
          if (line != null && generated.getName().equalsIgnoreCase(operationId)) {
            String request = line.value().strip();
            if (request.startsWith("GET ")) {
              return Reads.YES;
            }
            return request.startsWith("POST ") && READ_ONLY.get(field.getType()).contains(generated.getName())
                ? Reads.IN_BODY : Reads.NO;
          }
        }
      }
    }
    return Conformance.isGraphQlQuery(resource.getClass(), operationId).orElse(false) ? Reads.YES : Reads.NO;
  }

  /** Whether an operation reads, and whether its question travels in a POST body. */
  private enum Reads { NO, YES, IN_BODY }

  String id() {
    return id;
  }

  String call() {
    return (accessor.isEmpty() ? "" : accessor + "().") + method.getName();
  }

  int parameterCount() {
    return method.getParameterCount();
  }

  /** @return what the operation's listings are about, for naming their ids: {@code nodeGroups()} gives {@code nodegroup} */
  String noun() {
    return IdPool.singular(IdPool.key(accessor.isEmpty() ? method.getName() : accessor));
  }

  Object invoke(Object[] arguments) throws ReflectiveOperationException {
    return method.invoke(target, arguments);
  }

  /**
   * @return whether the operation takes a bare {@code id} (a {@code savedQueries().get(id)}) and no
   *     id of its own kind has been seen yet: it waits while other listings may still supply one,
   *     rather than take any id seen so far
   */
  boolean waitsForOwnId(IdPool pool) {
    for (Parameter parameter : method.getParameters()) {
      if (isId(parameter) && IdPool.key(parameter.getName()).equals("id") && pool.input("id", String.class).isEmpty()
          && pool.find(List.of(noun() + "id"), String.class).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** @return the arguments, or null when one cannot be found yet */
  Object[] arguments(IdPool pool) {
    return arguments(pool, 0);
  }

  /** @return how many combinations of the values its parameters with alternatives offer (bounded) */
  int variants(IdPool pool) {
    int variants = 1;
    for (Parameter parameter : method.getParameters()) {
      variants *= Math.max(1, choices(parameter, pool).size());
    }
    return Math.min(variants, MAX_VARIANTS);
  }

  /**
   * @param variant which combination of the values of the parameters with alternatives to pass
   *     (an enum's constants, a scope's factories): a façade may refuse some before sending, for
   *     example a scope an operation does not take
   * @return the arguments, or null when one cannot be found yet
   */
  Object[] arguments(IdPool pool, int variant) {
    Parameter[] parameters = method.getParameters();
    Object[] values = new Object[parameters.length];
    int rest = variant;
    for (int i = 0; i < parameters.length; i++) {
      List<Object> choices = choices(parameters[i], pool);
      if (!choices.isEmpty()) {
        values[i] = choices.get(rest % choices.size());
        rest /= choices.size();
        continue;
      }
      Optional<Object> value = argument(parameters[i], pool);
      if (value.isEmpty()) {
        return null;
      }
      values[i] = value.get() == NULL ? null : value.get();
    }
    return values;
  }

  /** @return why the arguments cannot be found */
  String missing(IdPool pool) {
    for (Parameter parameter : method.getParameters()) {
      if (argument(parameter, pool).isEmpty()) {
        return isId(parameter) ? "no ids found for " + parameter.getName()
            : "needs input: " + parameter.getName() + " (" + parameter.getType().getSimpleName()
                + (isGenerated(parameter.getType()) ? " as JSON" : "") + ")";
      }
    }
    return "no arguments found";
  }

  private static final Object NULL = new Object();

  private Optional<Object> argument(Parameter parameter, IdPool pool) {
    Class<?> type = parameter.getType();
    String name = IdPool.key(parameter.getName());
    Optional<Object> given = pool.input(name, type);
    if (given.isEmpty() && isGenerated(type)) {
      given = pool.input(IdPool.key(type.getSimpleName()), type); // a request object named by its type
    }
    if (given.isPresent()) {
      return given;
    }
    if (type == boolean.class || type == Boolean.class) {
      return Optional.of(false);
    }
    if (type.isEnum()) {
      List<Object> constants = constants(type);
      String text = pool.input(name, String.class).map(String::valueOf).orElse(null);
      for (Object constant : constants) {
        if (text == null || ((Enum<?>) constant).name().equalsIgnoreCase(text)
            || constant.toString().equalsIgnoreCase(text)) {
          return Optional.of(constant);
        }
      }
    }
    if (type == Instant.class) {
      return Optional.of(Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    }
    if (type == OffsetDateTime.class) {
      return Optional.of(OffsetDateTime.now().minusDays(7).truncatedTo(ChronoUnit.SECONDS));
    }
    if (type == LocalDate.class) {
      return Optional.of(LocalDate.now().minusDays(7));
    }
    if (isScalar(type)) {
      Optional<Object> seen = pool.find(ids(name), type);
      if (seen.isPresent() || isId(parameter)) {
        return seen;
      }
    }
    if (List.class.isAssignableFrom(type) && parameter.getParameterizedType() instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> element && isScalar(element)) {
      return pool.find(ids(IdPool.singular(name)), element).map(List::of);
    }
    if ((type == int.class || type == Integer.class || type == long.class || type == Long.class)
        && COUNTS.contains(name)) {
      return Optional.of(type == int.class || type == Integer.class ? (Object) 1 : (Object) 1L);
    }
    if (type.getName().startsWith("io.secplat.")) {
      return factory(type, !readsInBody);
    }
    return Optional.empty();
  }

  private static boolean isGenerated(Class<?> type) {
    return type.getName().contains(".generated.") && !type.isEnum();
  }

  /**
   * @return the values a parameter may take when it has alternatives: an enum's constants (or the
   *     one given as input), a type's static factories whose arguments are found ({@code Scope.organisation()},
   *     {@code Scope.nodeGroup(nodeGroupId)}); empty for other parameters
   */
  private List<Object> choices(Parameter parameter, IdPool pool) {
    Class<?> type = parameter.getType();
    if (type.isEnum()) {
      String text = pool.input(IdPool.key(parameter.getName()), String.class).map(String::valueOf).orElse(null);
      List<Object> constants = new ArrayList<>();
      for (Object constant : constants(type)) {
        if (text == null || ((Enum<?>) constant).name().equalsIgnoreCase(text) || constant.toString().equalsIgnoreCase(text)) {
          constants.add(constant);
        }
      }
      return constants;
    }
    if (!type.getName().startsWith("io.secplat.") || type.getName().contains(".generated.")) {
      return List.of();
    }
    List<Method> factories = new ArrayList<>();
    for (Method candidate : type.getMethods()) {
      if (Modifier.isStatic(candidate.getModifiers()) && candidate.getReturnType() == type
          && candidate.getParameterCount() <= 1) {
        factories.add(candidate);
      }
    }
    factories.sort((a, b) -> a.getParameterCount() != b.getParameterCount()
        ? Integer.compare(a.getParameterCount(), b.getParameterCount()) : a.getName().compareTo(b.getName()));
    List<Object> values = new ArrayList<>();
    for (Method factory : factories) {
      try {
        if (factory.getParameterCount() == 0) {
          values.add(factory.invoke(null));
        } else if (isScalar(factory.getParameterTypes()[0])) {
          Optional<Object> id = pool.find(List.of(IdPool.key(factory.getName()) + "id"), factory.getParameterTypes()[0]);
          if (id.isPresent()) {
            values.add(factory.invoke(null, id.get()));
          }
        }
      } catch (IllegalAccessException | InvocationTargetException e) {
        // a factory that refuses the value found is no alternative
      }
    }
    return values;
  }

  private static List<Object> constants(Class<?> type) {
    List<Object> constants = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      if (!DriftingDeserializer.UNKNOWN_CONSTANT.equals(((Enum<?>) constant).name())) {
        constants.add(constant);
      }
    }
    return constants;
  }

  private static boolean isScalar(Class<?> type) {
    return type == String.class || type == long.class || type == Long.class || type == int.class
        || type == Integer.class;
  }

  private static boolean isId(Parameter parameter) {
    Class<?> type = parameter.getType();
    String name = IdPool.key(parameter.getName());
    boolean scalar = type == String.class || type == long.class || type == Long.class || type == int.class
        || type == Integer.class;
    return scalar && (name.endsWith("id") || name.endsWith("key") || name.equals("name") || name.endsWith("email"));
  }

  /** @return the pool keys an id parameter may take its value from, most specific first */
  private List<String> ids(String name) {
    List<String> keys = new ArrayList<>();
    if (name.equals("id")) {
      keys.add(noun() + "id"); // a savedQueries() call's id is a saved query's, not any id seen
    }
    keys.add(name);
    IdPool.alias(name).ifPresent(keys::add);
    return keys;
  }

  /**
   * An options or scope object from its public static no-argument factory ({@code defaults()},
   * {@code organisation()}); failing that, when {@code emptyRequest}, an empty generated request
   * object, which asks for no filter. Not for a POST that reads: its body is the question (a Veza
   * query spec), which an empty object does not ask, so it needs input.
   */
  private static Optional<Object> factory(Class<?> type, boolean emptyRequest) {
    for (Method candidate : type.getMethods()) {
      if (Modifier.isStatic(candidate.getModifiers()) && candidate.getParameterCount() == 0
          && candidate.getReturnType() == type) {
        try {
          return Optional.of(candidate.invoke(null));
        } catch (IllegalAccessException | InvocationTargetException e) {
          return Optional.empty();
        }
      }
    }
    if (emptyRequest && type.getName().contains(".generated.")) {
      try {
        return Optional.of(type.getConstructor().newInstance()); // an empty generated input: no filter
      } catch (ReflectiveOperationException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
