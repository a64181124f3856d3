package io.secplat.tools.lint;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.secplat.tools.gate.SpecFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The spec lint: every rule on every contract. OpenAPI documents get {@code operation-id},
 * {@code operation-tag}, {@code operation-summary}, {@code success-response},
 * {@code success-schema}, {@code named-schema}, {@code valid-example} and {@code operation-evidence}
 * ({@link EvidenceRule}); GraphQL schemas get
 * {@code graphql-schema} (the SDL parses and builds a schema) and, in {@link #lintFolder},
 * {@code graphql-evidence} (every root field has an evidence record, {@link GraphQlEvidenceRule}).
 *
 * <pre>{@code
 * List<Violation> violations = SpecLint.lintFolder(Path.of("."), "specs");
 * violations.forEach(System.out::println);   // specs/x.yaml: GET /a: operation-summary: ...
 * }</pre>
 */
public final class SpecLint {
  private SpecLint() {}

  /**
   * @param root the repository root
   * @param folder the contracts' folder relative to it
   * @return every violation of every contract in the folder, in path order
   */
  public static List<Violation> lintFolder(Path root, String folder) {
    List<Violation> violations = new ArrayList<>();
    for (Map.Entry<String, String> spec : SpecFiles.fromWorkTree(root, folder).contents().entrySet()) {
      violations.addAll(lint(spec.getKey(), spec.getValue()));
      if (SpecFiles.kind(spec.getKey(), spec.getValue()) == SpecFiles.Kind.GRAPHQL) {
        GraphQlEvidenceRule.check(spec.getKey(), spec.getValue(),
            readIfPresent(root.resolve(GraphQlEvidenceRule.evidencePath(spec.getKey()))), violations::add);
      }
    }
    return violations;
  }

  /**
   * @param file the contract's path, used in the violations
   * @param content the contract
   * @return its violations; none when it is no contract
   */
  public static List<Violation> lint(String file, String content) {
    List<Violation> violations = new ArrayList<>();
    SpecFiles.Kind kind = SpecFiles.kind(file, content);
    if (kind == SpecFiles.Kind.GRAPHQL) {
      graphQl(file, content, violations);
    } else if (kind == SpecFiles.Kind.OPENAPI) {
      OpenApiTree tree = OpenApiTree.parse(file, content);
      OperationRules.check(tree, violations::add);
      NamedSchemaRule.check(tree, violations::add);
      SafeToRepeatRule.check(tree, violations::add);
      ExampleRule.check(tree, content, violations::add);
      EvidenceRule.check(tree, violations::add);
    }
    return violations;
  }

  private static String readIfPresent(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void graphQl(String file, String sdl, List<Violation> violations) {
    try {
      UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    } catch (RuntimeException e) {
      violations.add(new Violation(file, "(schema)", "graphql-schema", e.getMessage().replace('\n', ' ')));
    }
  }
}
