package io.secplat.contract.coverage;

import io.secplat.contract.spec.PactSpecCheck;
import io.secplat.contract.spec.Paths;
import io.secplat.core.Operation;
import io.secplat.mock.MockProviders;
import io.secplat.mock.VendorMock;
import io.secplat.mock.openapi.OpenApiDocument;
import io.secplat.mock.openapi.SpecOperation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One vendor's coverage: for each operation of its spec, the façade method that calls it, the
 * pact interactions that pin it down, whether the mock provider serves it, and whether the docs
 * hold an example for it (every documented example is a test of its own).
 */
final class OperationCoverage {
  /**
   * @param operationId the spec's operation
   * @param facadeMethod {@code Class.method} of the façade (several, comma-separated, when several
   *     methods call the operation), or null
   * @param pactInteractions how many pact interactions exercise it
   * @param mockServes whether the running mock provider has a stub for it
   * @param documentedExample whether the spec carries a documented example for it
   */
  record Row(String operationId, String facadeMethod, int pactInteractions, boolean mockServes,
      boolean documentedExample) {}

  private final String vendor;
  private final List<Row> rows;

  private OperationCoverage(String vendor, List<Row> rows) {
    this.vendor = vendor;
    this.rows = rows;
  }

  static OperationCoverage of(String vendor, String specFile, Class<?> client, String pactFile,
      Supplier<VendorMock> mock) {
    OpenApiDocument spec = OpenApiDocument.fromClasspath("specs/" + specFile);
    Map<String, String> facade = facadeMethods(client);
    Map<String, List<String>> covered = new PactSpecCheck(Paths.specs().resolve(specFile), Paths.pacts().resolve(pactFile),
        pactFile.substring(0, pactFile.indexOf("-facade-") + "-facade".length())).coverage();
    Set<String> served = served(mock.get());
    List<Row> rows = new ArrayList<>();
    for (SpecOperation operation : spec.operations()) {
      String id = operation.operationId();
      int pacts = covered.getOrDefault(id, List.of()).size();
      boolean example = !operation.examples().isEmpty() || !operation.requestExamples().isEmpty();
      rows.add(new Row(id, facade.get(id), pacts, served.contains(id), example));
    }
    return new OperationCoverage(vendor, rows);
  }

  /**
   * Every {@link Operation}-annotated method reachable from the client through resource accessors
   * (public, non-static, no parameters, returning a type of the client's package), followed
   * recursively: {@code guardian.nodes().scanResults().start(...)} counts. Several methods of one
   * operation (overloads, lookups by different keys) are all named.
   */
  private static Map<String, String> facadeMethods(Class<?> client) {
    Map<String, Set<String>> methods = new LinkedHashMap<>();
    Set<Class<?>> visited = new LinkedHashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>(List.of(client));
    while (!pending.isEmpty()) {
      Class<?> type = pending.removeFirst();
      if (!visited.add(type)) {
        continue;
      }
      for (Method method : type.getMethods()) {
        if (Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        for (Operation operation : method.getAnnotationsByType(Operation.class)) {
          methods.computeIfAbsent(operation.value(), id -> new TreeSet<>()).add(type.getSimpleName() + "." + method.getName());
        }
        if (method.getParameterCount() == 0 && method.getReturnType().getPackage() == client.getPackage()) {
          pending.addLast(method.getReturnType());
        }
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    methods.forEach((id, facade) -> names.put(id, String.join(", ", facade)));
    return names;
  }

  private static Set<String> served(VendorMock mock) {
    Set<String> served = new HashSet<>();
    try (MockProviders mocks = MockProviders.start(0, mock)) {
      mocks.server().getStubMappings().forEach(stub -> {
        if (stub.getMetadata() != null && stub.getMetadata().containsKey("operationId")) {
          served.add(stub.getMetadata().getString("operationId"));
        }
      });
    }
    return served;
  }

  List<Row> rows() {
    return rows;
  }

  /** @return each gap as a sentence: a documented operation without façade method or pact */
  List<String> gaps() {
    List<String> gaps = new ArrayList<>();
    for (Row row : rows) {
      if (row.facadeMethod() == null) {
        gaps.add(vendor + " " + row.operationId() + " has no façade method (no @Operation(\"" + row.operationId() + "\"))");
      }
      if (row.pactInteractions() == 0) {
        gaps.add(vendor + " " + row.operationId() + " has no pact interaction");
      }
      if (!row.mockServes()) {
        gaps.add(vendor + " " + row.operationId() + " is not served by the mock provider");
      }
    }
    return gaps;
  }

  /** @return the table, as Markdown */
  String table() {
    StringBuilder text = new StringBuilder();
    text.append("### ").append(vendor).append(" (").append(rows.size()).append(" operations)\n\n");
    text.append("| operation | façade method | pact interactions | mock provider | documented example |\n");
    text.append("|---|---|---|---|---|\n");
    for (Row row : rows) {
      text.append("| ").append(row.operationId())
          .append(" | ").append(row.facadeMethod() == null ? "**MISSING**" : row.facadeMethod())
          .append(" | ").append(row.pactInteractions() == 0 ? "**MISSING**" : String.valueOf(row.pactInteractions()))
          .append(" | ").append(row.mockServes() ? "serves" : "**MISSING**")
          .append(" | ").append(row.documentedExample() ? "tested" : "none documented")
          .append(" |\n");
    }
    return text.append('\n').toString();
  }

  static Path report() {
    return Paths.pacts().resolveSibling("coverage.md");
  }
}
