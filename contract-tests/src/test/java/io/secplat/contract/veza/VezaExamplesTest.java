package io.secplat.contract.veza;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.secplat.contract.spec.Paths;
import io.secplat.core.http.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented Veza example (reference/examples/veza, 81 samples) is a test. Each is
 * validated against the spec: requests as requests, responses as responses. The samples the spec
 * lists under {@code x-veza-example-defects} (mostly the reference pages' placeholders: integers
 * for enums, "text" in int64 fields) must FAIL validation, so that list stays true; every other
 * sample must pass, and each passing response must decode through its generated model.
 */
class VezaExamplesTest {
  static final ObjectMapper JSON = Json.newMapper();
  static final Path SPEC = Paths.specs().resolve("veza/veza.yaml");
  static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build();

  static Stream<Arguments> samples() throws IOException {
    Path dir = Paths.examples();
    JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());
    Map<String, String> defects = new HashMap<>();
    spec.path("x-veza-example-defects").forEach(d -> defects.put(d.path("file").asText(), d.path("reason").asText()));
    Map<String, String> variants = new HashMap<>();
    spec.path("x-veza-path-variants").forEach(v -> variants.put(v.path("path").asText(),
        v.path("modelled_as").asText().replaceAll(".*\\(\\w+ ([^)]+)\\)", "$1")));
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode sample : new ObjectMapper().readTree(dir.resolve("veza/index.json").toFile()).path("samples")) {
      String[] endpoint = sample.path("endpoint").asText().split("\\.", 3);
      String path = variants.getOrDefault(endpoint[2], endpoint[2]);
      String file = sample.path("file").asText();
      cases.add(Arguments.of(file, endpoint[1], path, sample.path("kind").asText(), defects.containsKey(file),
          dir.resolve("veza").resolve(file)));
    }
    assertThat(cases).hasSize(81);
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void validatesAgainstTheSpecUnlessListedAsADefect(
      String file, String method, String template, String kind, boolean defect, Path sample) throws IOException {
    String body = java.nio.file.Files.readString(sample);
    String path = template.replace("{id}", "6f2c9f70-4a1e-4d2b-9f3a-2d5e1c0b7a11");
    ValidationReport report = "request".equals(kind) ? VALIDATOR.validateRequest(request(method, path, body))
        : VALIDATOR.validateResponse(path, Request.Method.valueOf(method),
            SimpleResponse.Builder.status(200).withContentType("application/json").withBody(body).build());
    if (defect) {
      assertThat(report.hasErrors()).as("listed as a doc defect, so it must not validate: " + file).isTrue();
    } else {
      assertThat(report.getMessages()).as(report.toString()).isEmpty();
      if ("response".equals(kind)) {
        decodesThroughTheGeneratedModel(method, template, body);
      }
    }
  }

  static void decodesThroughTheGeneratedModel(String method, String template, String body) throws IOException {
    JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());
    JsonNode responses = spec.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT)).path("responses");
    for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> response = it.next();
      if (response.getKey().startsWith("2")) {
        String ref = response.getValue().at("/content/application~1json/schema/$ref").asText();
        String type = ref.substring(ref.lastIndexOf('/') + 1);
        Class<?> model;
        try {
          model = Class.forName("io.secplat.veza.generated.model." + type);
        } catch (ClassNotFoundException e) {
          // a schema without properties (Veza's Empty) generates no class: the API method returns Object
          assertThat(spec.path("components").path("schemas").path(type).path("properties").size())
              .as("no generated model " + type).isZero();
          model = Object.class;
        }
        assertThat(JSON.readValue(body, model)).isNotNull();
        return;
      }
    }
    throw new AssertionError("no 2xx response for " + method + " " + template);
  }

  static Request request(String method, String path, String body) {
    return new SimpleRequest.Builder(method, path)
        .withHeader("Authorization", "Bearer example")
        .withContentType("application/json")
        .withBody(body)
        .build();
  }
}
