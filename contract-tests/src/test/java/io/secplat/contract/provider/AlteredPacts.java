package io.secplat.contract.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.contract.spec.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Deliberately broken copies of real pacts, one broken interaction each: a wrong field type (in a
 * Veza and in a Guardian response), an unknown path, a malformed query parameter. Every
 * check of the contract loop must reject all four, naming the interaction.
 */
final class AlteredPacts {
  static final Path DIR = Paths.pacts().resolveSibling("altered-pacts");
  static final String WRONG_TYPE = "ALTERED wrong field type: the count arrives as a number";
  static final String UNKNOWN_PATH = "ALTERED unknown path";
  static final String MISSING_QUERY = "ALTERED malformed query parameter page (not a number)";
  static final String GUARDIAN_WRONG_TYPE = "ALTERED wrong field type: a Guardian node id arrives as text";
  static final List<String> DESCRIPTIONS = List.of(WRONG_TYPE, UNKNOWN_PATH, MISSING_QUERY, GUARDIAN_WRONG_TYPE);
  private static final ObjectMapper JSON = new ObjectMapper();

  private AlteredPacts() {}

  /** Writes {@code altered-pacts/} from the pact files the consumer tests wrote. */
  static synchronized void write() throws IOException {
    Files.createDirectories(DIR);
    alter("secplat-veza-facade-veza-api.json", List.of(
        interaction -> interaction.path("request").path("path").asText().endsWith("query_spec:result"),
        interaction -> interaction.path("request").path("path").asText().endsWith("/tag_promotions")
            && "GET".equals(interaction.path("request").path("method").asText())),
        List.of(interaction -> {
          interaction.put("description", WRONG_TYPE);
          ObjectNode body = (ObjectNode) interaction.path("response").path("body");
          body.put("number_value", 42);
          ((ObjectNode) interaction.path("response")).remove("matchingRules");
        }, interaction -> {
          interaction.put("description", UNKNOWN_PATH);
          ((ObjectNode) interaction.path("request")).put("path", "/api/preview/graph/tag_promotion_rules");
        }));
    alter("secplat-britive-facade-britive-api.json", List.of(
        interaction -> interaction.path("request").path("path").asText().endsWith("/1111/accounts")),
        List.of(interaction -> {
          interaction.put("description", MISSING_QUERY);
          // page is optional since the evidence pass (default 0), so the alteration sends a page
          // that is no integer: the spec, the mock and both verifiers must all refuse it
          ObjectNode query = (ObjectNode) interaction.path("request").path("query");
          query.set("page", JSON.createArrayNode().add("not-a-number"));
        }));
    alter("secplat-guardian-facade-guardian-api.json", List.of(
        interaction -> interaction.path("description").asText().startsWith("getNode:")),
        List.of(interaction -> {
          interaction.put("description", GUARDIAN_WRONG_TYPE);
          // the spec and the mock say integer; only the id's rule goes, so nothing else differs
          ((ObjectNode) interaction.path("response").path("body")).put("id", "311");
          ((ObjectNode) interaction.path("response").path("matchingRules").path("body")).remove("$.id");
        }));
  }

  private static void alter(String file, List<java.util.function.Predicate<JsonNode>> pick,
      List<Consumer<ObjectNode>> change) throws IOException {
    ObjectNode pact = (ObjectNode) JSON.readTree(Paths.pacts().resolve(file).toFile());
    ArrayNode altered = JSON.createArrayNode();
    for (int i = 0; i < pick.size(); i++) {
      for (JsonNode interaction : pact.path("interactions")) {
        if (pick.get(i).test(interaction)) {
          ObjectNode copy = interaction.deepCopy();
          change.get(i).accept(copy);
          altered.add(copy);
          break;
        }
      }
    }
    if (altered.size() != pick.size()) {
      throw new IllegalStateException("could not find every interaction to alter in " + file);
    }
    pact.set("interactions", altered);
    JSON.writerWithDefaultPrettyPrinter().writeValue(DIR.resolve(file).toFile(), pact);
  }
}
