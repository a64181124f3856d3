package io.secplat.mock.jupiterone;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FieldDefinition;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Executes GraphQL requests against {@code specs/jupiterone/jupiterone.graphqls} with
 * graphql-java: a document that does not validate fails exactly as a GraphQL server reports it
 * (HTTP 200, {@code errors} with {@code classification: ValidationError}). Each of the three
 * endpoints serves only the root fields the schema's descriptions assign to it ("Endpoint:
 * /graphql", "Endpoint: /rules/graphql", "Endpoint: IAM"); a field sent to the wrong endpoint is
 * an undefined field there.
 */
final class GraphQlServer {
  /** Where the contract sits on the classpath. */
  static final String SCHEMA = "specs/jupiterone/jupiterone.graphqls";

  /** The three GraphQL endpoints of JupiterOne, by the mock's paths. */
  enum Endpoint {
    GRAPH("/graphql"),
    RULES("/rules/graphql"),
    IAM("/iam/graphql");

    final String path;

    Endpoint(String path) {
      this.path = path;
    }

    static Endpoint of(String path) {
      for (Endpoint endpoint : values()) {
        if (endpoint.path.equals(path)) {
          return endpoint;
        }
      }
      throw new IllegalArgumentException("not a GraphQL endpoint: " + path);
    }
  }

  private final GraphQL graphQl;
  private final Map<Endpoint, Set<String>> served = new EnumMap<>(Endpoint.class);

  GraphQlServer(Graph graph, AccountState account, DeferredResults deferred, MockSettings settings) {
    // a copy of the schema parsed once per JVM: parsing it was a fifth of a warm start (issue 18)
    TypeDefinitionRegistry registry = new TypeDefinitionRegistry().merge(Parsed.REGISTRY);
    RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
        .scalar(JupiterOneScalars.JSON)
        .scalar(JupiterOneScalars.LONG);
    new GraphFetchers(graph, deferred, settings).wire(wiring);
    new GraphMutations(graph, account).wire(wiring);
    new RuleAndQuestionFetchers(account).wire(wiring);
    new IntegrationFetchers(account, settings).wire(wiring);
    new IamFetchers(account).wire(wiring);
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
    this.graphQl = GraphQL.newGraphQL(schema).build();
    for (Endpoint endpoint : Endpoint.values()) {
      served.put(endpoint, new TreeSet<>());
    }
    for (String root : List.of("Query", "Mutation")) {
      registry.getType(root, graphql.language.ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions()
          .forEach(field -> served.get(endpointOf(field)).add(field.getName()));
    }
  }

  /** @return the root fields an endpoint serves */
  Set<String> served(Endpoint endpoint) {
    return served.get(endpoint);
  }

  private static Endpoint endpointOf(FieldDefinition field) {
    String description = field.getDescription() == null ? "" : field.getDescription().getContent().strip();
    if (description.startsWith("Endpoint: /rules/graphql")) {
      return Endpoint.RULES;
    }
    if (description.startsWith("Endpoint: IAM")) {
      return Endpoint.IAM;
    }
    return Endpoint.GRAPH;
  }

  /**
   * @param endpoint the endpoint the request was posted to
   * @param query the document
   * @param operationName the operation to run, or null
   * @param variables the variables, or null
   * @param context request facts for the resolvers ({@code accountId}, {@code base})
   * @return the GraphQL response body ({@code data} and/or {@code errors})
   */
  Map<String, Object> execute(Endpoint endpoint, String query, String operationName, Map<String, Object> variables,
      Map<String, Object> context) {
    Map<String, Object> misrouted = misrouted(endpoint, query, operationName);
    if (misrouted != null) {
      return misrouted;
    }
    ExecutionInput input = ExecutionInput.newExecutionInput()
        .query(query)
        .operationName(operationName)
        .variables(variables == null ? Map.of() : variables)
        .graphQLContext(context)
        .build();
    ExecutionResult result = graphQl.execute(input);
    return result.toSpecification();
  }

  /** A root field of another endpoint is undefined here, as on the real service. */
  private Map<String, Object> misrouted(Endpoint endpoint, String query, String operationName) {
    Document document;
    try {
      document = Parser.parse(query);
    } catch (InvalidSyntaxException e) {
      return null; // graphql-java reports the syntax error itself
    }
    List<Map<String, Object>> errors = new ArrayList<>();
    for (Definition<?> definition : document.getDefinitions()) {
      if (!(definition instanceof OperationDefinition)) {
        continue;
      }
      OperationDefinition operation = (OperationDefinition) definition;
      if (operationName != null && !operationName.equals(operation.getName())) {
        continue;
      }
      String root = operation.getOperation() == OperationDefinition.Operation.MUTATION ? "Mutation" : "Query";
      for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
        if (selection instanceof Field && !((Field) selection).getName().startsWith("__")
            && !served.get(endpoint).contains(((Field) selection).getName())) {
          String name = ((Field) selection).getName();
          Map<String, Object> error = new LinkedHashMap<>();
          error.put("message", "Validation error (FieldUndefined@[" + name + "]) : Field '" + name + "' in type '"
              + root + "' is undefined");
          error.put("extensions", Map.of("classification", "ValidationError"));
          errors.add(error);
        }
      }
    }
    return errors.isEmpty() ? null : Map.of("errors", errors);
  }

  /** The schema's type definitions, parsed on first use; never changed (each server merges a copy). */
  private static final class Parsed {
    static final TypeDefinitionRegistry REGISTRY = new SchemaParser().parse(readSchema());
  }

  private static String readSchema() {
    try (InputStream in = GraphQlServer.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("GraphQL schema not on the classpath: " + SCHEMA);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA, e);
    }
  }
}
