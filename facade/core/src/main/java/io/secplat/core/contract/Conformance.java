package io.secplat.core.contract;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.VendorClient;
import io.secplat.core.graphql.GraphQlOperation;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs every read-only operation of a vendor's façade against a tenant and reports, per
 * operation, whether its answer conforms to the contract: for a team's scheduled job, or as
 * {@code secplat <vendor> conformance}.
 *
 * <pre>{@code
 * try (BritiveClient britive = BritiveClient.builder().fromEnvironment().strictContracts().build()) {
 *   ConformanceReport report = Conformance.of(britive).input("appId", "app-1").run();
 *   if (report.drifted()) { ... }
 * }
 * }</pre>
 *
 * <p>The operations are found on the façade itself: every public method of the client's resources
 * (its no-argument accessors such as {@code environments()}) that names its operation with
 * {@link Operation}, and that reads: its generated Feign method is a {@code GET}, or a {@code POST}
 * the spec marks {@code x-read-only: true} (a query with its input in the body, such as Veza's
 * {@code query_spec:result}; {@code x-safe-to-repeat} alone is not enough, since an idempotent write
 * is safe to repeat too), or its GraphQL document (beside the resource,
 * {@code graphql/<operationId>.graphql}) is a query. Arguments come
 * from the answers already read (an {@code appId} parameter takes an {@code appId} or, for a call on
 * {@code apps()}, an {@code id} field seen in an earlier listing), from {@link #input}, or from
 * defaults (options objects' no-argument factories, an empty generated request object, which asks
 * for no filter, an enum's first value, a week back for dates);
 * an operation whose arguments cannot be found is {@code skipped} with the reason. Listings are
 * read up to {@value #ITEMS} items.
 *
 * <p>The client must read strictly ({@code strictContracts()} on its builder): only then does a
 * deviation fail the call and become a {@code drift} row.
 */
public final class Conformance {
  /** Items read from each listing (enough to find ids, bounded for large tenants). */
  static final int ITEMS = 5;

  private final VendorClient client;
  private final Map<String, String> inputs = new LinkedHashMap<>();
  private final List<ScratchRoundTrip> writes = new ArrayList<>();

  private Conformance(VendorClient client) {
    this.client = client;
  }

  /**
   * @param client a vendor client built with {@code strictContracts()}
   * @return a conformance run over the client's façade
   * @throws IllegalArgumentException when the client does not read strictly
   */
  public static Conformance of(VendorClient client) {
    Arguments.requireNonNull("client", client);
    if (!client.strictContracts()) {
      throw new IllegalArgumentException("conformance needs a client built with strictContracts()");
    }
    return new Conformance(client);
  }

  /**
   * Supplies a value no listing provides (Britive's {@code appId}, a J1QL query as {@code j1ql}, a Veza
   * query {@code spec}).
   *
   * @param parameter the façade parameter's name
   * @param value its value: text for a scalar or an enum, JSON for a generated request object (for
   *     example {@code spec={"query_type":"SOURCE_TO_DESTINATION","source_node_types":{"nodes":[{"node_type":"OktaUser"}]}}})
   * @return this run
   */
  public Conformance input(String parameter, String value) {
    inputs.put(IdPool.key(Arguments.requireNonBlank("parameter", parameter)), Arguments.requireNonNull("value", value));
    return this;
  }

  /**
   * Adds create/delete round trips on scratch objects to the run (off by default: a conformance
   * run only reads). Each is one row; its object is always deleted, even on failure, and the
   * delete is tried a second time when the first attempt fails.
   *
   * @param roundTrips the round trips
   * @return this run
   */
  public Conformance allowWrites(List<ScratchRoundTrip> roundTrips) {
    writes.addAll(Arguments.requireNonNull("roundTrips", roundTrips));
    return this;
  }

  /**
   * @return every read-only operation's row (operations that ran first, in order, then the skipped
   *     ones), then one row per scratch round trip
   */
  public ConformanceReport run() {
    List<ReadOperation> pending = new ArrayList<>(ReadOperation.discover(client));
    pending.sort(Comparator.comparingInt(ReadOperation::parameterCount));
    IdPool pool = new IdPool(inputs);
    Map<ReadOperation, ConformanceRow> rows = new LinkedHashMap<>();
    boolean progress = true;
    boolean patient = true; // an operation on a bare id first waits for an id of its own kind
    while ((progress || patient) && !pending.isEmpty()) {
      if (!progress) {
        patient = false;
      }
      progress = false;
      for (Iterator<ReadOperation> it = pending.iterator(); it.hasNext(); ) {
        ReadOperation operation = it.next();
        if (patient && operation.waitsForOwnId(pool)) {
          continue;
        }
        Object[] arguments = operation.arguments(pool);
        if (arguments == null) {
          continue;
        }
        it.remove();
        progress = true;
        rows.put(operation, call(operation, arguments, pool));
      }
    }
    for (ReadOperation operation : pending) {
      rows.put(operation, ConformanceRow.skipped(operation.id(), operation.call(), operation.missing(pool)));
    }
    List<ConformanceRow> all = new ArrayList<>(rows.values());
    writes.forEach(roundTrip -> all.add(roundTrip(roundTrip)));
    return new ConformanceReport(client.vendorName(), all);
  }

  private ConformanceRow roundTrip(ScratchRoundTrip roundTrip) {
    String id = null;
    ConformanceRow row;
    try {
      id = roundTrip.create().apply(client);
      row = ConformanceRow.ok(roundTrip.name(), roundTrip.name());
    } catch (RuntimeException e) {
      row = failed(roundTrip.name(), roundTrip.name(), e);
    }
    if (id == null) {
      return row;
    }
    RuntimeException first = delete(roundTrip, id);
    if (first != null && delete(roundTrip, id) != null) {
      return ConformanceRow.error(roundTrip.name(), roundTrip.name(),
          new IllegalStateException("scratch object " + id + " could not be deleted: " + first.getMessage(), first));
    }
    return row;
  }

  private RuntimeException delete(ScratchRoundTrip roundTrip, String id) {
    try {
      roundTrip.delete().accept(client, id);
      return null;
    } catch (io.secplat.core.error.NotFoundException gone) {
      return null; // an earlier attempt deleted it after all
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static ConformanceRow call(ReadOperation operation, Object[] arguments, IdPool pool) {
    ConformanceRow row = call(operation, arguments, pool, 0);
    for (int variant = 1; variant < operation.variants(pool) && refusedBeforeSending(row); variant++) {
      row = call(operation, operation.arguments(pool, variant), pool, variant);
    }
    return row;
  }

  /** The façade refused an argument (an enum value the operation does not take) before sending. */
  private static boolean refusedBeforeSending(ConformanceRow row) {
    return row.status() == ConformanceRow.Status.error && row.detail().startsWith("IllegalArgumentException");
  }

  private static ConformanceRow call(ReadOperation operation, Object[] arguments, IdPool pool, int variant) {
    try {
      Object result = operation.invoke(arguments);
      consume(result, operation, pool);
      return ConformanceRow.ok(operation.id(), operation.call());
    } catch (InvocationTargetException e) {
      return failed(operation, e.getCause());
    } catch (ReflectiveOperationException e) {
      return ConformanceRow.skipped(operation.id(), operation.call(), "cannot be called: " + e);
    } catch (Exception e) {
      return failed(operation, e);
    }
  }

  private static ConformanceRow failed(ReadOperation operation, Throwable failure) {
    return failed(operation.id(), operation.call(), failure);
  }

  private static ConformanceRow failed(String operation, String call, Throwable failure) {
    Drift drift = Drift.in(failure);
    return drift != null ? ConformanceRow.drift(operation, call, drift) : ConformanceRow.error(operation, call, failure);
  }

  /** Reads what a call returned (a lazy listing only calls the vendor when iterated) and keeps its ids. */
  private static void consume(Object result, ReadOperation operation, IdPool pool) throws Exception {
    if (result instanceof Optional<?> optional) {
      result = optional.orElse(null);
    }
    if (result instanceof Stream<?> stream) {
      try (stream) {
        stream.limit(ITEMS).forEach(item -> pool.collect(operation.noun(), item));
      }
    } else if (result instanceof Iterable<?> iterable) {
      Iterator<?> items = iterable.iterator();
      for (int i = 0; i < ITEMS && items.hasNext(); i++) {
        pool.collect(operation.noun(), items.next());
      }
    } else if (result instanceof InputStream stream) {
      stream.close();
    } else if (result instanceof AutoCloseable closeable) {
      closeable.close();
    } else if (result != null) {
      pool.collect(operation.noun(), result);
    }
  }

  /** @return whether a GraphQL document beside a class is a query */
  static Optional<Boolean> isGraphQlQuery(Class<?> resource, String operationId) {
    if (resource.getResource("graphql/" + operationId + ".graphql") == null) {
      return Optional.empty();
    }
    GraphQlOperation operation = GraphQlOperation.fromResource(resource, "graphql/" + operationId + ".graphql");
    return Optional.of(operation.kind() == GraphQlOperation.Kind.QUERY);
  }

  static boolean isAccessor(Method method, Class<?> clientType) {
    return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
        && method.getDeclaringClass() == clientType
        && method.getReturnType().getPackageName().startsWith(clientType.getPackageName())
        && !method.getReturnType().isInterface();
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
