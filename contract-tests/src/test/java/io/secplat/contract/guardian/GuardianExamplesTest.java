package io.secplat.contract.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.secplat.contract.spec.Paths;
import io.secplat.core.http.Json;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON example of the Guardian spec is a test (Guardian has no example files of its own in
 * the shared reference): each success example decodes through the generated operation's return
 * type and re-encodes to the same JSON (no documented field lost), and each request example
 * validates against the spec.
 */
class GuardianExamplesTest {
  static final Path SPEC = Paths.specs().resolve("guardian/guardian.yaml");
  static final ObjectMapper JSON = Json.newMapper();
  static final ObjectMapper PLAIN = new ObjectMapper();
  static final JsonNode DOCUMENT = read();
  static final String API_PACKAGE = "io.secplat.guardian.generated.api.";
  static final long REQUEST_EXAMPLES = 23;

  static Stream<Arguments> responseExamples() {
    List<Arguments> examples = new ArrayList<>();
    forEachOperation((path, method, operation) -> {
      for (Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields(); responses.hasNext(); ) {
        Map.Entry<String, JsonNode> response = responses.next();
        JsonNode media = resolve(response.getValue()).path("content").path("application/json");
        if (response.getKey().startsWith("2") && media.has("example")) {
          examples.add(Arguments.of(operation.path("operationId").asText(), tag(operation), media.get("example")));
        }
      }
    });
    return examples.stream();
  }

  static Stream<Arguments> requestExamples() {
    List<Arguments> examples = new ArrayList<>();
    forEachOperation((path, method, operation) -> {
      JsonNode media = resolve(operation.path("requestBody")).path("content").path("application/json");
      if (media.has("example")) {
        examples.add(Arguments.of(operation.path("operationId").asText(), method, path, media.get("example"),
            requiredQuery(operation)));
      }
    });
    return examples.stream();
  }

  @Test
  void theSpecHasExamplesToCheck() {
    assertThat(responseExamples().count()).isEqualTo(114);
    assertThat(requestExamples().count()).isEqualTo(REQUEST_EXAMPLES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("responseExamples")
  void decodesThroughTheGeneratedModelWithoutLoss(String operationId, String api, JsonNode example) throws Exception {
    JavaType type = returnType(api, operationId);
    Object decoded = JSON.readValue(PLAIN.writeValueAsString(example), type);
    JsonNode reencoded = PLAIN.readTree(JSON.writeValueAsString(decoded));
    assertThat(withoutNulls(reencoded)).isEqualTo(withoutNulls(example));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requestExamples")
  void requestExamplesValidateAgainstTheSpec(String operationId, String method, String path, JsonNode example,
      List<String> requiredQuery) throws Exception {
    OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build();
    String concrete = path.replaceAll("\\{format}", "json").replaceAll("\\{[^}]+}", "1");
    SimpleRequest.Builder builder = new SimpleRequest.Builder(method, concrete);
    requiredQuery.forEach(name -> builder.withQueryParam(name, "1"));
    Request request = builder
        .withHeader("Authorization", "Token token=\"example\"")
        .withContentType("application/json")
        .withBody(PLAIN.writeValueAsString(example))
        .build();
    ValidationReport report = validator.validateRequest(request);
    assertThat(report.getMessages()).as(report.toString()).isEmpty();
  }

  /** The required query parameters of an operation (the examples give bodies only). */
  static List<String> requiredQuery(JsonNode operation) {
    List<String> names = new ArrayList<>();
    operation.path("parameters").forEach(parameter -> {
      JsonNode resolved = resolve(parameter);
      if (resolved.path("in").asText().equals("query") && resolved.path("required").asBoolean()) {
        names.add(resolved.path("name").asText());
      }
    });
    return names;
  }

  interface OperationVisitor {
    void visit(String path, String method, JsonNode operation);
  }

  static void forEachOperation(OperationVisitor visitor) {
    for (Iterator<Map.Entry<String, JsonNode>> paths = DOCUMENT.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fields().forEachRemaining(method -> {
        if (method.getValue().has("operationId")) {
          visitor.visit(path.getKey(), method.getKey().toUpperCase(java.util.Locale.ROOT), method.getValue());
        }
      });
    }
  }

  /** The generated interface is named after the operation's tag: "Node Groups" is NodeGroupsApi. */
  static String tag(JsonNode operation) {
    StringBuilder name = new StringBuilder();
    for (String word : operation.path("tags").get(0).asText().replaceAll("[()]", "").split("\\s+")) {
      name.append(word.substring(0, 1).toUpperCase(java.util.Locale.ROOT)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return name.append("Api").toString();
  }

  static JavaType returnType(String api, String operationId) throws ClassNotFoundException {
    Class<?> type = Class.forName(API_PACKAGE + api);
    Method method = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(operationId)).findFirst()
        .orElseThrow(() -> new AssertionError(api + " has no method " + operationId));
    return PLAIN.getTypeFactory().constructType(method.getGenericReturnType());
  }

  static JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = DOCUMENT.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  /** Null and absent are the same to the generated models; everything else must survive. */
  static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = PLAIN.createObjectNode();
      node.fields().forEachRemaining(e -> {
        if (!e.getValue().isNull()) {
          copy.set(e.getKey(), withoutNulls(e.getValue()));
        }
      });
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = PLAIN.createArrayNode();
      node.forEach(item -> copy.add(withoutNulls(item)));
      return copy;
    }
    return node;
  }

  private static JsonNode read() {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
