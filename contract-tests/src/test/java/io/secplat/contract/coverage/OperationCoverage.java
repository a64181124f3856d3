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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One vendor's coverage: for each operation of its spec, the façade method that calls it, the
 * pact interactions that pin it down, whether the mock provider serves it, and whether the docs
 * hold an example for it (every documented example is a test of its own).
 */
final class OperationCoverage {
  /**
   * @param operationId the spec's operation
   * @param facadeMethod {@code Class.method} of the façade, or null
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

  /** Every {@link Operation}-annotated method reachable from the client's resource accessors. */
  private static Map<String, String> facadeMethods(Class<?> client) {
    Map<String, String> methods = new LinkedHashMap<>();
    List<Class<?>> classes = new ArrayList<>(List.of(client));
    for (Method accessor : client.getMethods()) {
      if (accessor.getParameterCount() == 0 && accessor.getReturnType().getPackage() == client.getPackage()) {
        classes.add(accessor.getReturnType());
      }
    }
    for (Class<?> type : classes) {
      for (Method method : type.getMethods()) {
        for (Operation operation : method.getAnnotationsByType(Operation.class)) {
          if (Modifier.isPublic(method.getModifiers())) {
            methods.merge(operation.value(), type.getSimpleName() + "." + method.getName(),
                (a, b) -> List.of(a.split(", ")).contains(b) ? a : a + ", " + b);
          }
        }
      }
    }
    return methods;
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
