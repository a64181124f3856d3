package io.secplat.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.secplat.core.graphql.GraphQlOperation;
import io.secplat.core.graphql.GraphQlStrings;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every GraphQL document the client sends validates against specs/jupiterone/jupiterone.graphqls,
 * and every field it selects has the type production declares for it (list or scalar, never
 * non-null where production allows null), as recorded under {@code shapes} in
 * specs/jupiterone/jupiterone.evidence.yaml.
 */
class OperationDocumentsTest {
  /** Type names the documentation itself uses in variable definitions, safe to declare against the real service. */
  static final Set<String> DOCUMENTED_VARIABLE_TYPES = Set.of("String", "Int", "Boolean", "ID", "JSON", "Long",
      "DeferredResponseOption", "FilterType", "VertexFilters", "CreateQuestionRuleInstanceInput",
      "UpdateQuestionRuleInstanceInput", "CreateQuestionInput", "QuestionUpdate");
  static GraphQLSchema schema;
  static Map<String, String> productionShapes;

  @BeforeAll
  static void readSchema() throws IOException {
    Path file = Path.of(System.getProperty("specs.dir"), "jupiterone", "jupiterone.graphqls");
    schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(file)));
    JsonNode evidence = new YAMLMapper().readTree(Path.of(System.getProperty("specs.dir"), "jupiterone",
        "jupiterone.evidence.yaml").toFile());
    productionShapes = new TreeMap<>();
    evidence.path("shapes").fields().forEachRemaining(e -> productionShapes.put(e.getKey(), e.getValue().asText()));
  }

  static Stream<GraphQlOperation> operations() throws IllegalAccessException {
    List<GraphQlOperation> operations = new ArrayList<>();
    for (Field field : Operations.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == GraphQlOperation.class) {
        field.setAccessible(true);
        operations.add((GraphQlOperation) field.get(null));
      }
    }
    return operations.stream();
  }

  static List<ValidationError> validate(String document) {
    return new Validator().validateDocument(schema, Parser.parse(document), Locale.ENGLISH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void theDocumentValidatesAndHoldsOneOperationOfItsNameAndKind(GraphQlOperation operation) {
    assertThat(validate(operation.document())).isEmpty();
    Document document = Parser.parse(operation.document());
    assertThat(document.getDefinitions()).singleElement().isInstanceOfSatisfying(OperationDefinition.class, definition -> {
      assertThat(definition.getName()).isEqualTo(operation.name());
      assertThat(definition.getOperation().name()).isEqualTo(operation.kind().name());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void noVariableIsDeclaredWithAnInventedTypeName(GraphQlOperation operation) {
    OperationDefinition definition = (OperationDefinition) Parser.parse(operation.document()).getDefinitions().get(0);
    for (VariableDefinition variable : definition.getVariableDefinitions()) {
      assertThat(DOCUMENTED_VARIABLE_TYPES).as(operation.name() + " $" + variable.getName()).contains(baseName(variable.getType()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everySelectedFieldHasTheProductionShape(GraphQlOperation operation) {
    List<String> problems = new ArrayList<>();
    OperationDefinition definition = (OperationDefinition) Parser.parse(operation.document()).getDefinitions().get(0);
    GraphQLObjectType root = definition.getOperation() == OperationDefinition.Operation.MUTATION ? schema.getMutationType()
        : schema.getQueryType();
    checkShapes(root, definition.getSelectionSet(), problems);
    assertThat(problems).as(operation.name()).isEmpty();
  }

  /** Walks a selection set (the documents use no fragments) and records each field whose type is not production's. */
  private static void checkShapes(GraphQLFieldsContainer parent, SelectionSet selections, List<String> problems) {
    for (Selection<?> selection : selections.getSelections()) {
      graphql.language.Field field = (graphql.language.Field) selection;
      if (field.getName().startsWith("__")) {
        continue;
      }
      GraphQLFieldDefinition definition = parent.getFieldDefinition(field.getName());
      String key = parent.getName() + "." + field.getName();
      String ours = GraphQLTypeUtil.simplePrint(definition.getType());
      String production = productionShapes.get(key);
      String problem = production == null ? "no production shape recorded" : shapeProblem(ours, production);
      if (problem != null) {
        problems.add(key + " is " + ours + (production == null ? "" : ", production " + production) + ": " + problem);
      }
      if (field.getSelectionSet() != null) {
        checkShapes((GraphQLFieldsContainer) GraphQLTypeUtil.unwrapAll(definition.getType()), field.getSelectionSet(), problems);
      }
    }
  }

  @Test
  void theShapeCheckRejectsAScalarWhereProductionHasAList() {
    assertThat(shapeProblem("String", "[String]!")).isEqualTo("list structure or type differs from production");
    assertThat(shapeProblem("String!", "String")).isEqualTo("non-null where production allows null");
    assertThat(shapeProblem("[Vertex!]!", "[Vertex]!")).isEqualTo("non-null where production allows null");
    assertThat(shapeProblem("[String]", "[String!]!")).isNull();
    assertThat(shapeProblem("Int", "JSON")).isEqualTo("list structure or type differs from production");
  }

  /** @return why a field typed {@code ours} cannot decode what production (typed {@code production}) sends, or null */
  static String shapeProblem(String ours, String production) {
    if (!ours.replace("!", "").equals(production.replace("!", ""))) {
      return "list structure or type differs from production";
    }
    int i = 0;
    int j = 0;
    while (i < ours.length() || j < production.length()) {
      char o = i < ours.length() ? ours.charAt(i) : 0;
      char p = j < production.length() ? production.charAt(j) : 0;
      if (o == p) {
        i++;
        j++;
      } else if (p == '!') {
        j++; // production promises non-null, ours accepts null too: wider, fine
      } else {
        return "non-null where production allows null";
      }
    }
    return null;
  }

  @Test
  void thereIsADocumentForEveryRootFieldOfTheSchema() throws IllegalAccessException {
    Set<String> roots = new TreeSet<>();
    schema.getQueryType().getFieldDefinitions().forEach(f -> roots.add(f.getName()));
    schema.getMutationType().getFieldDefinitions().forEach(f -> roots.add(f.getName()));
    Set<String> covered = operations().flatMap(o -> ((OperationDefinition) Parser.parse(o.document()).getDefinitions().get(0))
        .getSelectionSet().getSelections().stream().map(s -> ((graphql.language.Field) s).getName()))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(roots).hasSize(34);
    assertThat(covered).isEqualTo(roots);
    assertThat(operations().count()).isEqualTo(39);
  }

  @Test
  void theInlinedIntegrationInstanceIdKeepsTheDocumentValidWhateverItHolds() {
    String hostile = "\") { success } } mutation X { deleteRuleInstance(id: \"1\") { id } } #\n\\ ünï 😀";
    String document = Operations.INVOKE_INTEGRATION_INSTANCE.document()
        .replace("\"INTEGRATION_INSTANCE_ID\"", GraphQlStrings.quote(hostile));
    assertThat(validate(document)).isEmpty();
    assertThat(Parser.parse(document).getDefinitions()).hasSize(1);
  }

  private static String baseName(Type<?> type) {
    Type<?> current = type;
    while (!(current instanceof TypeName)) {
      current = current instanceof graphql.language.NonNullType ? ((graphql.language.NonNullType) current).getType()
          : ((graphql.language.ListType) current).getType();
    }
    return ((TypeName) current).getName();
  }
}
