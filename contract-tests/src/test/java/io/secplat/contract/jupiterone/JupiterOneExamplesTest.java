package io.secplat.contract.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.secplat.contract.spec.Paths;
import io.secplat.core.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every documented JupiterOne operation (contract-tests/reference/examples/jupiterone) checked against
 * jupiterone.graphqls: each document validates, each sample's variables coerce to the document's
 * declarations, each sample answer is what the document selects (a partial sample may leave out
 * nullable fields) and decodes through the generated models. Exactly the doc defects listed in
 * specs/jupiterone/DOC-DEFECTS.md fail, each for its listed reason.
 */
class JupiterOneExamplesTest {
  static final ObjectMapper PLAIN = new ObjectMapper();
  static final ObjectMapper MODELS = Json.newMapper();

  /** D1-D3 and D7: the documents that do not validate, and a phrase of the error each must give. */
  static final Map<String, String> INVALID_DOCUMENTS = Map.of(
      "jupiterone.query.edge", "Variable 'id' of type 'String!' used in position expecting type 'EdgeFilters'",
      "jupiterone.query.entityCount--aliases", "FilterType",
      "jupiterone.mutation.createEntity--j1client", "Unused variable 'timestamp'",
      // D7 (issue 14 evidence pass, Mutation.createEntity): production takes entityClass as [String!]!
      "jupiterone.mutation.createEntity", "Variable 'entityClass' of type 'String!' used in position expecting type '[String!]!'");

  /** D4-D6 and D8: the sample variables that do not fit their document, and a phrase of the problem. */
  static final Map<String, String> INVALID_VARIABLES = Map.of(
      "jupiterone.mutation.createRelationship--j1client.variables.json", "undeclared toEntityKey",
      "jupiterone.query.listVertices.variables.json", "<AND or OR>",
      "jupiterone.mutation.buildCsv.variables.json", "<AND or OR>",
      "jupiterone.query.edge.variables.json", "undeclared label, filters",
      // D8 (issue 14 evidence pass, Mutation.createQuestionRuleInstance / updateQuestionRuleInstance):
      // production rule instances have an Int version and a required Int specVersion, no string "v1"
      "jupiterone.mutation.createQuestionRuleInstance.variables.json", "field name 'version' that is not defined",
      "jupiterone.mutation.updateQuestionRuleInstance.variables.json", "converted to type 'Int'");

  static Path examples() {
    Path dir = Paths.examples();
    return dir.resolve("jupiterone");
  }

  static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(examples())) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
    }
  }

  static String docId(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.indexOf(".", "jupiterone.mutation.".length()));
  }

  static String document(String docId) throws IOException {
    return Files.readString(examples().resolve(docId + ".graphql"));
  }

  static OperationDefinition operation(String document) {
    return (OperationDefinition) Parser.parse(document).getDefinitions().get(0);
  }

  @Test
  void everyDocumentValidatesExceptTheListedDocDefects() throws IOException {
    List<Path> documents = files(".graphql");
    assertThat(documents).hasSize(39);
    Map<String, String> failing = new TreeMap<>();
    for (Path file : documents) {
      List<? extends GraphQLError> errors = JupiterOneSchema.validate(Files.readString(file));
      if (!errors.isEmpty()) {
        failing.put(docId(file), errors.stream().map(GraphQLError::getMessage).collect(Collectors.joining(" | ")));
      }
    }
    assertThat(failing).containsOnlyKeys(INVALID_DOCUMENTS.keySet());
    INVALID_DOCUMENTS.forEach((id, reason) -> assertThat(failing.get(id)).as(id).contains(reason));
  }

  @Test
  void everySampleVariablesFileFitsItsDocumentExceptTheListedDocDefects() throws IOException {
    List<Path> samples = files(".variables.json");
    assertThat(samples).hasSize(34);
    Map<String, String> problems = new TreeMap<>();
    for (Path file : samples) {
      String document = document(docId(file));
      JsonNode variables = PLAIN.readTree(file.toFile());
      List<String> found = new ArrayList<>();
      Set<String> declared = operation(document).getVariableDefinitions().stream().map(VariableDefinition::getName)
          .collect(Collectors.toSet());
      List<String> undeclared = new ArrayList<>();
      variables.fieldNames().forEachRemaining(name -> {
        if (!declared.contains(name)) {
          undeclared.add(name);
        }
      });
      if (!undeclared.isEmpty()) {
        found.add("undeclared " + String.join(", ", undeclared));
      }
      if (JupiterOneSchema.validate(document).isEmpty()) {
        ExecutionResult result = JupiterOneSchema.execute(document, null, variables, null);
        result.getErrors().forEach(e -> found.add(e.getMessage()));
      }
      if (!found.isEmpty()) {
        problems.put(file.getFileName().toString(), String.join(" | ", found));
      }
    }
    assertThat(problems).containsOnlyKeys(INVALID_VARIABLES.keySet());
    INVALID_VARIABLES.forEach((file, reason) -> assertThat(problems.get(file)).as(file).contains(reason));
    assertThat(problems.get("jupiterone.mutation.createRelationship--j1client.variables.json")).contains("fromEntityId");
  }

  @Test
  void everySampleAnswerIsWhatItsDocumentSelectsAndDecodesThroughTheGeneratedModels() throws Exception {
    Map<String, String> levels = new TreeMap<>();
    for (JsonNode entry : PLAIN.readTree(examples().resolve("MANIFEST.json").toFile())) {
      for (JsonNode response : entry.path("responses")) {
        levels.put(response.path("file").asText(), response.path("level").asText());
      }
    }
    List<Path> samples = files(".response.json");
    assertThat(samples).hasSize(18).allMatch(f -> levels.containsKey(f.getFileName().toString()));
    List<String> misfits = new ArrayList<>();
    for (Path file : samples) {
      String document = document(docId(file));
      if (!JupiterOneSchema.validate(document).isEmpty()) {
        misfits.add(docId(file));
        continue;
      }
      Field root = (Field) operation(document).getSelectionSet().getSelections().get(0);
      JsonNode sample = PLAIN.readTree(file.toFile());
      JsonNode answer = "envelope".equals(levels.get(file.getFileName().toString()))
          ? sample.path("data") : PLAIN.createObjectNode().set(root.getResultKey(), sample);
      ExecutionResult result = JupiterOneSchema.execute(document, null, requiredVariables(document), answer);
      assertThat(result.getErrors()).as(file.getFileName().toString()).isEmpty();
      assertThat(withoutNulls(PLAIN.valueToTree(result.getData()))).as(file.getFileName().toString()).isEqualTo(withoutNulls(answer));
      assertDecodes(root.getName(), answer.path(root.getResultKey()), file);
    }
    assertThat(misfits).as("documents with sample answers that are doc defects").containsExactly("jupiterone.query.entityCount--aliases");
  }

  /** Values for the document's required scalar variables: the answer check is about the answer only. */
  static JsonNode requiredVariables(String document) {
    ObjectNode variables = PLAIN.createObjectNode();
    for (VariableDefinition variable : operation(document).getVariableDefinitions()) {
      if (variable.getType() instanceof graphql.language.NonNullType) {
        String type = ((graphql.language.TypeName) ((graphql.language.NonNullType) variable.getType()).getType()).getName();
        switch (type) {
          case "Int":
          case "Long":
            variables.put(variable.getName(), 1);
            break;
          case "Boolean":
            variables.put(variable.getName(), true);
            break;
          default:
            variables.put(variable.getName(), "x");
        }
      }
    }
    return variables;
  }

  /** The root value decodes into the generated class of the field's type and re-encodes without loss. */
  private static void assertDecodes(String rootField, JsonNode value, Path file) throws Exception {
    GraphQLObjectType rootType = JupiterOneSchema.schema().getQueryType().getFieldDefinition(rootField) != null
        ? JupiterOneSchema.schema().getQueryType() : JupiterOneSchema.schema().getMutationType();
    GraphQLFieldDefinition field = rootType.getFieldDefinition(rootField);
    GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
    if (!(type instanceof GraphQLObjectType)) {
      return;
    }
    Class<?> model = Class.forName("io.secplat.jupiterone.generated.graphql." + ((GraphQLObjectType) type).getName());
    Object decoded = MODELS.treeToValue(value, model);
    assertThat(withoutNulls(PLAIN.readTree(MODELS.writeValueAsString(decoded)))).as(file.getFileName().toString())
        .isEqualTo(withoutNulls(value));
  }

  static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = PLAIN.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getValue().isNull()) {
          copy.set(field.getKey(), withoutNulls(field.getValue()));
        }
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = PLAIN.createArrayNode();
      node.forEach(item -> copy.add(withoutNulls(item)));
      return copy;
    }
    return node;
  }
}
