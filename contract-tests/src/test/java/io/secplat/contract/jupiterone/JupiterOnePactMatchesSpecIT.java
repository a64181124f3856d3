package io.secplat.contract.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.pact.PactProviderValidator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import graphql.ExecutionResult;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.secplat.contract.spec.Paths;
import io.secplat.core.Canary;
import io.secplat.jupiterone.generated.model.DeferredQueryResult;
import io.secplat.jupiterone.generated.model.DeferredQueryState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Runs after every consumer test has written its pacts. The REST pact must satisfy
 * jupiterone-rest.yaml (swagger-request-validator-pact) and cover its ten operations; every GraphQL
 * interaction's document must validate against jupiterone.graphqls, its variables must coerce, its
 * answer must be exactly what the document selects, and the GraphQL pact must cover every root
 * field and every document the client sends.
 */
class JupiterOnePactMatchesSpecIT {
  static final Path REST_PACT = Paths.pacts().resolve(JupiterOnePact.CONSUMER + "-" + JupiterOnePact.REST_PROVIDER + ".json");
  static final Path GRAPHQL_PACT = Paths.pacts().resolve(JupiterOnePact.CONSUMER + "-" + JupiterOnePact.GRAPHQL_PROVIDER + ".json");
  static final Path REST_SPEC = Paths.specs().resolve("jupiterone/jupiterone-rest.yaml");
  static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> interactions(Path pact) throws IOException {
    return StreamSupport.stream(JSON.readTree(pact.toFile()).path("interactions").spliterator(), false).collect(Collectors.toList());
  }

  static List<JsonNode> graphQlPosts() throws IOException {
    return interactions(GRAPHQL_PACT).stream().filter(i -> i.path("request").path("method").asText().equals("POST"))
        .collect(Collectors.toList());
  }

  @Test
  void everyRestInteractionSatisfiesTheRestSpec() throws IOException {
    assertThat(REST_PACT).exists();
    PactProviderValidationResults results = PactProviderValidator.createFor(REST_SPEC.toUri().toString())
        .withConsumer(JupiterOnePact.CONSUMER, REST_PACT.toUri().toURL())
        .build()
        .validate();
    assertThat(results.hasErrors()).as(results.getValidationFailureReport()).isFalse();
    assertThat(results.getConsumerResults()).hasSize(1);
  }

  @Test
  void theRestPactCoversEveryOperationOfTheRestSpec() throws IOException {
    JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(REST_SPEC.toFile());
    List<String> operations = new ArrayList<>();
    TreeSet<String> covered = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      Pattern regex = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        String operationId = method.getValue().path("operationId").asText();
        operations.add(operationId);
        for (JsonNode interaction : interactions(REST_PACT)) {
          JsonNode request = interaction.path("request");
          if (request.path("method").asText().toLowerCase(Locale.ROOT).equals(method.getKey())
              && regex.matcher(request.path("path").asText()).matches()) {
            covered.add(operationId);
          }
        }
      }
    }
    assertThat(operations).hasSize(11);
    assertThat(covered).containsExactlyElementsOf(new TreeSet<>(operations));
    assertThat(interactions(REST_PACT)).hasSize(15);
  }

  @Test
  void everyGraphQlDocumentValidatesItsVariablesCoerceAndItsAnswerIsExactlyTheSelection() throws IOException {
    List<JsonNode> posts = graphQlPosts();
    assertThat(posts).hasSize(39);
    for (JsonNode interaction : posts) {
      JsonNode body = interaction.path("request").path("body");
      String description = interaction.path("description").asText();
      assertThat(JupiterOneSchema.validate(body.path("query").asText())).as(description).isEmpty();
      JsonNode answer = interaction.path("response").path("body").path("data");
      ExecutionResult result = JupiterOneSchema.execute(body.path("query").asText(), body.path("operationName").asText(),
          body.path("variables"), answer);
      assertThat(result.getErrors()).as(description).isEmpty();
      assertThat(JSON.valueToTree(result.getData()).equals(answer)).as(description + ": answer " + answer + " vs selection "
          + JSON.valueToTree(result.getData())).isTrue();
    }
  }

  @Test
  void theGraphQlPactCoversEveryRootFieldAndEveryDocumentOfTheClient() throws IOException {
    TreeSet<String> roots = new TreeSet<>();
    JupiterOneSchema.schema().getQueryType().getFieldDefinitions().forEach(f -> roots.add(f.getName()));
    JupiterOneSchema.schema().getMutationType().getFieldDefinitions().forEach(f -> roots.add(f.getName()));
    TreeSet<String> covered = new TreeSet<>();
    TreeSet<String> documents = new TreeSet<>();
    for (JsonNode interaction : graphQlPosts()) {
      JsonNode body = interaction.path("request").path("body");
      documents.add(body.path("operationName").asText());
      OperationDefinition operation = (OperationDefinition) Parser.parse(body.path("query").asText()).getDefinitions().get(0);
      operation.getSelectionSet().getSelections().forEach(s -> covered.add(((Field) s).getName()));
    }
    assertThat(roots).hasSize(34);
    assertThat(covered).isEqualTo(roots);
    try (var resources = Files.list(Path.of(Paths.specs().getParent().toString(),
        "facade/jupiterone/src/main/resources/io/secplat/jupiterone/graphql"))) {
      assertThat(documents).hasSize(39).hasSameSizeAs(resources.collect(Collectors.toList()));
    }
  }

  @Test
  void theDeferredLinksAnswerTheSpecsDeferredSchemas() throws IOException {
    ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    List<JsonNode> links = interactions(GRAPHQL_PACT).stream().filter(i -> i.path("request").path("method").asText().equals("GET"))
        .collect(Collectors.toList());
    assertThat(links).hasSize(4);
    for (JsonNode link : links) {
      JsonNode body = link.path("response").path("body");
      if (link.path("request").path("path").asText().endsWith("/state.json")) {
        DeferredQueryState state = strict.treeToValue(body, DeferredQueryState.class);
        assertThat(state.getStatus()).isEqualTo("COMPLETED");
        assertThat(state.getUrl()).isNotBlank();
      } else {
        assertThat(strict.treeToValue(body, DeferredQueryResult.class).getType()).isEqualTo("table");
      }
    }
  }

  @Test
  void aGraphQlPactThatDriftsFromTheSchemaIsCaught() throws IOException {
    JsonNode groups = graphQlPosts().stream()
        .filter(i -> i.path("request").path("body").path("operationName").asText().equals("IamGroups")).findFirst().orElseThrow();
    JsonNode body = groups.path("request").path("body");
    ObjectNode wrongType = ((ObjectNode) body.path("variables").deepCopy()).put("limit", "five");
    assertThat(JupiterOneSchema.execute(body.path("query").asText(), "IamGroups", wrongType, groups.path("response").path("body").path("data"))
        .getErrors()).isNotEmpty();
    assertThat(JupiterOneSchema.validate(body.path("query").asText().replace("description", "descriptions"))).isNotEmpty();
    ObjectNode extraField = groups.path("response").path("body").path("data").deepCopy();
    ((ObjectNode) extraField.path("iamGroups")).put("total", 2);
    ExecutionResult result = JupiterOneSchema.execute(body.path("query").asText(), "IamGroups", body.path("variables"), extraField);
    assertThat(JSON.valueToTree(result.getData()).equals(extraField)).isFalse();
  }

  @Test
  void thePactsNeverHoldARealCredential() throws IOException {
    assertThat(Files.readString(REST_PACT)).doesNotContain(Canary.MARKER).contains("Bearer " + JupiterOnePact.KEY);
    assertThat(Files.readString(GRAPHQL_PACT)).doesNotContain(Canary.MARKER).contains("Bearer " + JupiterOnePact.KEY);
  }
}
