package io.secplat.contract.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.secplat.contract.spec.Paths;
import io.secplat.core.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One GraphQL vendor's coverage: for each field of the schema's {@code Query} and {@code Mutation}
 * types, the façade method that calls it ({@link Operation} names the root field), the pact
 * interactions whose document selects it at the root, whether the mock provider wires a data
 * fetcher for it, and whether the reference examples hold an operation document for it (when the
 * examples hold them; else "not checked").
 */
final class GraphQlCoverage {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param field the root field
   * @param facadeMethod {@code Class.method} of the façade, or null
   * @param pactInteractions how many pact interactions select it
   * @param mockServes whether the mock provider has a data fetcher for it
   * @param documentedExample TRUE/FALSE, or null when the examples are not available
   */
  record Row(String field, String facadeMethod, int pactInteractions, boolean mockServes, Boolean documentedExample) {}

  private final String vendor;
  private final List<Row> rows;

  private GraphQlCoverage(String vendor, List<Row> rows) {
    this.vendor = vendor;
    this.rows = rows;
  }

  /**
   * @param vendor the vendor's name, for the table
   * @param schemaFile the schema under the specs folder, for example {@code jupiterone/jupiterone.graphqls}
   * @param client the façade's client class
   * @param pactFile the GraphQL pact file
   * @param served the root fields the mock provider serves
   * @param examplesFolder the vendor's folder of reference examples
   */
  static GraphQlCoverage of(String vendor, String schemaFile, Class<?> client, String pactFile,
      Collection<String> served, String examplesFolder) throws IOException {
    TypeDefinitionRegistry schema = new SchemaParser().parse(Files.readString(Paths.specs().resolve(schemaFile)));
    Map<String, String> facade = facadeMethods(client);
    Map<String, Integer> pacts = pactInteractions(Paths.pacts().resolve(pactFile));
    Set<String> documented = documented(examplesFolder);
    List<Row> rows = new ArrayList<>();
    for (String type : List.of("Query", "Mutation")) {
      ObjectTypeDefinition root = schema.getType(type, ObjectTypeDefinition.class).orElseThrow();
      root.getFieldDefinitions().forEach(field -> rows.add(new Row(field.getName(), facade.get(field.getName()),
          pacts.getOrDefault(field.getName(), 0), served.contains(field.getName()),
          documented == null ? null : documented.contains(field.getName()))));
    }
    return new GraphQlCoverage(vendor, rows);
  }

  /** Every {@link Operation}-annotated method reachable from the client's resource accessors. */
  static Map<String, String> facadeMethods(Class<?> client) {
    Map<String, String> methods = new LinkedHashMap<>();
    List<Class<?>> classes = new ArrayList<>(List.of(client));
    for (Method accessor : client.getMethods()) {
      if (accessor.getParameterCount() == 0 && accessor.getReturnType().getPackage() == client.getPackage()) {
        classes.add(accessor.getReturnType());
      }
    }
    for (Class<?> type : classes) {
      for (Method method : type.getMethods()) {
        if (Modifier.isPublic(method.getModifiers())) {
          for (Operation operation : method.getAnnotationsByType(Operation.class)) {
            methods.merge(operation.value(), type.getSimpleName() + "." + method.getName(),
                (a, b) -> List.of(a.split(", ")).contains(b) ? a : a + ", " + b);
          }
        }
      }
    }
    return methods;
  }

  /** How many interactions of a pact select each root field. */
  private static Map<String, Integer> pactInteractions(Path pact) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode interaction : JSON.readTree(pact.toFile()).path("interactions")) {
      JsonNode query = interaction.path("request").path("body").path("query");
      if (query.isTextual()) {
        rootFields(query.asText()).forEach(field -> counts.merge(field, 1, Integer::sum));
      }
    }
    return counts;
  }

  private static Set<String> rootFields(String document) {
    Set<String> fields = new HashSet<>();
    Document parsed = Parser.parse(document);
    for (OperationDefinition operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
      operation.getSelectionSet().getSelectionsOfType(Field.class).forEach(field -> fields.add(field.getName()));
    }
    return fields;
  }

  /** @return the root fields the reference examples' operation documents select, or null without examples */
  private static Set<String> documented(String folder) {
    Path examples = Paths.examples();
    if (!Files.isDirectory(examples.resolve(folder))) {
      return null;
    }
    Set<String> fields = new HashSet<>();
    try (Stream<Path> files = Files.list(examples.resolve(folder))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".graphql"))::iterator) {
        fields.addAll(rootFields(Files.readString(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fields;
  }

  List<Row> rows() {
    return rows;
  }

  /** @return each gap as a sentence: a root field without façade method, pact or mock */
  List<String> gaps() {
    List<String> gaps = new ArrayList<>();
    for (Row row : rows) {
      if (row.facadeMethod() == null) {
        gaps.add(vendor + " " + row.field() + " has no façade method (no @Operation(\"" + row.field() + "\"))");
      }
      if (row.pactInteractions() == 0) {
        gaps.add(vendor + " " + row.field() + " has no pact interaction");
      }
      if (!row.mockServes()) {
        gaps.add(vendor + " " + row.field() + " is not served by the mock provider");
      }
    }
    return gaps;
  }

  /** @return the table, as Markdown */
  String table() {
    StringBuilder text = new StringBuilder();
    text.append("### ").append(vendor).append(" (").append(rows.size()).append(" GraphQL root fields)\n\n");
    text.append("| root field | façade method | pact interactions | mock provider | documented example |\n");
    text.append("|---|---|---|---|---|\n");
    for (Row row : rows) {
      text.append("| ").append(row.field())
          .append(" | ").append(row.facadeMethod() == null ? "**MISSING**" : row.facadeMethod())
          .append(" | ").append(row.pactInteractions() == 0 ? "**MISSING**" : String.valueOf(row.pactInteractions()))
          .append(" | ").append(row.mockServes() ? "serves" : "**MISSING**")
          .append(" | ").append(row.documentedExample() == null ? "not checked (no examples.dir)"
              : row.documentedExample() ? "tested" : "none documented")
          .append(" |\n");
    }
    return text.append('\n').toString();
  }
}
