package io.secplat.tools.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An OpenAPI document as written (a Jackson tree of the YAML), with the few helpers the lint rules
 * share: local {@code $ref}s resolved, operations visited in document order.
 */
final class OpenApiTree {
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  private final String file;
  private final JsonNode root;

  private OpenApiTree(String file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  static OpenApiTree parse(String file, String yaml) {
    try {
      return new OpenApiTree(file, new ObjectMapper(new YAMLFactory()).readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + file, e);
    }
  }

  String file() {
    return file;
  }

  JsonNode root() {
    return root;
  }

  /** @return the node a local {@code $ref} points to, or the node itself when it is no reference */
  JsonNode deref(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 16 && current != null && current.has("$ref"); hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        return current;
      }
      current = root.at(ref.substring(1));
    }
    return current;
  }

  /** Visits every operation as ({@code "GET /path"}, operation node). */
  void forEachOperation(BiConsumer<String, JsonNode> visitor) {
    for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (METHODS.contains(op.getKey())) {
          visitor.accept(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue());
        }
      }
    }
  }

  Violation violation(String location, String rule, String message) {
    return new Violation(file, location, rule, message);
  }
}
