package io.secplat.contract.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.pact.PactProviderValidator;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a pact file against an OpenAPI document: every request and response satisfies the spec
 * (swagger-request-validator-pact), and which spec operation each interaction exercises.
 *
 * <p>An interaction belongs to the operation its description names ({@code getNode: ...}) when it
 * names one, which is how two operations that share a request are told apart; otherwise to the
 * operation whose method and path match, a concrete path winning over a templated one
 * ({@code /nodes/lookup.json} over {@code /nodes/{id}.json}), as OpenAPI resolves paths.
 */
public final class PactSpecCheck {
  private final Path spec;
  private final Path pact;
  private final String consumer;
  private final ValidationErrorsWhitelist whitelist;

  /**
   * @param spec the OpenAPI document
   * @param pact the pact file
   * @param consumer the consumer the pact file was written by
   */
  public PactSpecCheck(Path spec, Path pact, String consumer) {
    this(spec, pact, consumer, ValidationErrorsWhitelist.create());
  }

  /**
   * @param spec the OpenAPI document
   * @param pact the pact file
   * @param consumer the consumer the pact file was written by
   * @param whitelist validation errors the spec itself makes unavoidable, each rule named for why
   */
  public PactSpecCheck(Path spec, Path pact, String consumer, ValidationErrorsWhitelist whitelist) {
    this.spec = spec;
    this.pact = pact;
    this.consumer = consumer;
    this.whitelist = whitelist;
  }

  /** An operation of the spec. */
  public record Operation(String operationId, String method, String pathTemplate) {
    Pattern pathPattern() {
      StringBuilder regex = new StringBuilder();
      for (String part : pathTemplate.split("(?=\\{)|(?<=})")) {
        // a placeholder is one segment, and stops at ':' so that {id}:nodes is not taken for {id}
        regex.append(part.startsWith("{") ? "[^/:]+" : Pattern.quote(part));
      }
      return Pattern.compile(regex.toString());
    }

    int templates() {
      return (int) pathTemplate.chars().filter(c -> c == '{').count();
    }

    boolean matches(String requestMethod, String path) {
      return method.equalsIgnoreCase(requestMethod) && pathPattern().matcher(path).matches();
    }
  }

  /** @return the validation of every interaction of the pact against the spec */
  public PactProviderValidationResults validate() {
    return validate(pact);
  }

  /**
   * @param pactFile a pact file of the same consumer (for example a deliberately drifted copy)
   * @return its validation against the spec
   */
  public PactProviderValidationResults validate(Path pactFile) {
    try {
      OpenApiInteractionValidator validator = OpenApiInteractionValidator
          .createForSpecificationUrl(spec.toUri().toString()).withWhitelist(whitelist).build();
      return new PactProviderValidator.Builder().withValidator(validator)
          .withConsumer(consumer, pactFile.toUri().toURL())
          .build()
          .validate();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates a copy of the pact in which some interactions were changed, to prove the check
   * catches a consumer that drifts from the spec.
   *
   * @param dir where the changed copy is written
   * @param interaction which interactions to change
   * @param change the change, applied to each such interaction
   * @return the validation of the changed copy
   */
  public PactProviderValidationResults validateDrifted(Path dir, Predicate<JsonNode> interaction, Consumer<ObjectNode> change) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode copy = (ObjectNode) read(pact, json);
    copy.withArray("interactions").forEach(node -> {
      if (interaction.test(node)) {
        change.accept((ObjectNode) node);
      }
    });
    Path drifted = dir.resolve("drifted-" + pact.getFileName());
    try {
      json.writeValue(drifted.toFile(), copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return validate(drifted);
  }

  /** @return every operation of the spec, in document order */
  public List<Operation> operations() {
    JsonNode document = read(spec, new ObjectMapper(new YAMLFactory()));
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (method.getValue().has("operationId")) {
          operations.add(new Operation(method.getValue().get("operationId").asText(),
              method.getKey().toUpperCase(Locale.ROOT), path.getKey()));
        }
      }
    }
    return operations;
  }

  /** @return the interactions of the pact file */
  public List<JsonNode> interactions() {
    List<JsonNode> interactions = new ArrayList<>();
    read(pact, new ObjectMapper()).path("interactions").forEach(interactions::add);
    return interactions;
  }

  /**
   * @return for each operation of the spec, in document order, the descriptions of the
   *     interactions that exercise it (empty when none does)
   * @throws IllegalStateException when an interaction matches no operation, or names one whose
   *     method and path it does not have
   */
  public Map<String, List<String>> coverage() {
    List<Operation> operations = operations();
    Map<String, List<String>> coverage = new LinkedHashMap<>();
    operations.forEach(operation -> coverage.put(operation.operationId(), new ArrayList<>()));
    for (JsonNode interaction : interactions()) {
      String description = interaction.path("description").asText();
      String method = interaction.path("request").path("method").asText();
      String path = interaction.path("request").path("path").asText();
      Operation operation = named(operations, description)
          .map(named -> {
            if (!named.matches(method, path)) {
              throw new IllegalStateException("interaction '" + description + "' sends " + method + " " + path
                  + ", which is not " + named.method() + " " + named.pathTemplate());
            }
            return named;
          })
          .orElseGet(() -> operations.stream().filter(o -> o.matches(method, path))
              .min(Comparator.comparingInt(Operation::templates))
              .orElseThrow(() -> new IllegalStateException("interaction '" + description + "' (" + method + " " + path
                  + ") matches no operation of the spec")));
      coverage.get(operation.operationId()).add(description);
    }
    return coverage;
  }

  private static Optional<Operation> named(List<Operation> operations, String description) {
    int colon = description.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String name = description.substring(0, colon);
    return operations.stream().filter(o -> o.operationId().equals(name)).findFirst();
  }

  private static JsonNode read(Path file, ObjectMapper mapper) {
    try {
      return mapper.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
