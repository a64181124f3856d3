package io.secplat.contract.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.secplat.contract.spec.Paths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The spec holds every operation of the shared inventory ({@code reference/inventory/guardian.json},
 * reconstructed from the seed) by method and path, and nothing else; the difference is printed.
 * Paths are compared with their template names and Rails format suffix normalised: the spec names
 * templates in lowerCamelCase and writes {@code .json} or {@code .csv} where the inventory keeps
 * {@code .{format}}.
 */
class GuardianSpecMatchesInventoryTest {
  static final Path SPEC = Paths.specs().resolve("guardian/guardian.yaml");

  @Test
  void everyInventoryOperationIsInTheSpecByMethodAndPath() throws IOException {
    Path inventoryDir = Paths.inventory();
    JsonNode inventory = new ObjectMapper().readTree(inventoryDir.resolve("guardian.json").toFile());
    JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());

    Map<String, String> documented = new TreeMap<>();
    inventory.path("operations").forEach(operation -> documented.put(operation.path("id").asText(),
        operation.path("method").asText().toUpperCase(Locale.ROOT) + " " + normalised(operation.path("path").asText())));
    Map<String, String> specified = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fields().forEachRemaining(method -> {
        if (method.getValue().has("operationId")) {
          specified.put(method.getValue().path("x-guardian-inventory-id").asText(),
              method.getKey().toUpperCase(Locale.ROOT) + " " + normalised(path.getKey()));
        }
      });
    }

    List<String> difference = new ArrayList<>();
    documented.forEach((id, call) -> {
      String inSpec = specified.get(id);
      if (inSpec == null) {
        difference.add("- " + id + ": " + call + " is not in the spec");
      } else if (!inSpec.equals(call)) {
        difference.add("~ " + id + ": inventory " + call + ", spec " + inSpec);
      }
    });
    specified.forEach((id, call) -> {
      if (!documented.containsKey(id)) {
        difference.add("+ " + id + ": " + call + " is not in the inventory");
      }
    });
    System.out.println("Guardian spec vs inventory: " + documented.size() + " inventory operations, " + specified.size()
        + " spec operations, " + difference.size() + " differences" + (difference.isEmpty() ? "" : ":\n  "
        + String.join("\n  ", difference)));

    assertThat(documented).hasSize(141);
    assertThat(specified).hasSize(141);
    assertThat(difference).as("spec vs inventory").isEmpty();
  }

  @Test
  void normalisingKeepsWhatMattersOnTheWire() {
    assertThat(normalised("/api/v2/nodes/{node_id}/add_to_node_group.{format}"))
        .isEqualTo(normalised("/api/v2/nodes/{nodeId}/add_to_node_group.json")).isEqualTo("/api/v2/nodes/{}/add_to_node_group");
    assertThat(normalised("/api/v2/change_report/aggregate.csv")).isEqualTo("/api/v2/change_report/aggregate");
    assertThat(normalised("/api/v2/nodes/lookup.json")).isNotEqualTo(normalised("/api/v2/nodes/{nodeId}.json"));
  }

  /** Template names become {@code {}}; the Rails format suffix ({@code .json}, {@code .csv}, {@code .{format}}) goes. */
  static String normalised(String path) {
    return path.replaceAll("\\{[^}]+}", "{}").replaceAll("\\.(json|csv|\\{})$", "");
  }
}
