package io.secplat.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.http.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ids a conformance run has seen in the answers it read, by normalised field name
 * ({@code environment_id}, {@code environmentId} and {@code environmentID} are one key), and the
 * inputs its caller gave.
 */
final class IdPool {
  private static final Map<String, String> ALIASES = Map.of("envid", "environmentid", "appid", "appcontainerid");
  private static final int DEPTH = 3;
  private static final ObjectMapper JSON = Json.newMapper();

  private final Map<String, String> inputs;
  private final Map<String, List<JsonNode>> seen = new LinkedHashMap<>();

  IdPool(Map<String, String> inputs) {
    this.inputs = inputs;
  }

  static String key(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  static String singular(String noun) {
    if (noun.endsWith("ies")) {
      return noun.substring(0, noun.length() - 3) + "y";
    }
    if (noun.endsWith("ses")) {
      return noun.substring(0, noun.length() - 2);
    }
    return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
  }

  static Optional<String> alias(String key) {
    return Optional.ofNullable(ALIASES.get(key));
  }

  /**
   * @return the input given for a parameter, as its type: a scalar from its text, a generated
   *     request object (a Veza query spec) from its JSON; empty when none was given or it does not
   *     read as that type
   */
  Optional<Object> input(String key, Class<?> type) {
    String value = inputs.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (type.getName().contains(".generated.") && !type.isEnum() && value.strip().startsWith("{")) {
      try {
        return Optional.of(JSON.readValue(value, type));
      } catch (java.io.IOException notThatType) {
        return Optional.empty();
      }
    }
    return convert(com.fasterxml.jackson.databind.node.TextNode.valueOf(value), type);
  }

  /**
   * Finds a value for a parameter: an input or a value seen under one of the keys; failing that,
   * under a longer key that ends with the first ({@code groupId} takes {@code iamGroupId}), or
   * under a shorter one the first ends with ({@code sourceNodeId} takes {@code nodeId}).
   */
  Optional<Object> find(List<String> keys, Class<?> type) {
    for (String key : keys) {
      Optional<Object> given = input(key, type);
      if (given.isPresent()) {
        return given;
      }
      Optional<Object> seenValue = seen(key, type);
      if (seenValue.isPresent()) {
        return seenValue;
      }
    }
    String wanted = keys.get(0);
    for (String key : seen.keySet()) {
      if (key.length() > 2 && !key.equals(wanted) && (key.endsWith(wanted) || wanted.endsWith(key))
          && wanted.length() > 2) {
        Optional<Object> seenValue = seen(key, type);
        if (seenValue.isPresent()) {
          return seenValue;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Object> seen(String key, Class<?> type) {
    for (JsonNode value : seen.getOrDefault(key, List.of())) {
      Optional<Object> converted = convert(value, type);
      if (converted.isPresent()) {
        return converted;
      }
    }
    return Optional.empty();
  }

  /** Keeps the scalar fields of an answer (and of its nested objects) as ids. */
  void collect(String noun, Object item) {
    JsonNode tree = item instanceof JsonNode node ? node : JSON.valueToTree(item);
    collect(noun, tree, DEPTH);
    if (!(item instanceof JsonNode) && item != null) {
      // the model's name says what its id is: IamGroup's id is an iamGroupId (and a groupId)
      String type = item.getClass().getSimpleName();
      collect(key(type), tree, 1);
      String[] words = type.split("(?<=[a-z0-9])(?=[A-Z])");
      if (words.length > 1) {
        collect(key(words[words.length - 1]), tree, 1);
      }
    }
  }

  private void collect(String prefix, JsonNode node, int depth) {
    if (depth == 0 || node == null || !node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = key(field.getKey());
      JsonNode value = field.getValue();
      if (value.isValueNode() && !value.isNull() && !value.asText().isEmpty()) {
        add(name, value);
        if (name.equals("id") || name.equals("key") || name.equals("name") || name.equals("type")) {
          add(prefix + name, value);
        }
      } else if (value.isObject()) {
        collect(singular(name), value, depth - 1);
      } else if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
        collect(singular(name), value.get(0), depth - 1);
      }
    }
  }

  private void add(String key, JsonNode value) {
    List<JsonNode> values = seen.computeIfAbsent(key, k -> new ArrayList<>());
    if (values.size() < Conformance.ITEMS && !values.contains(value)) {
      values.add(value);
    }
  }

  private static Optional<Object> convert(JsonNode value, Class<?> type) {
    String text = value.asText();
    try {
      if (type == String.class) {
        return Optional.of(text);
      }
      if (type == long.class || type == Long.class) {
        long number = Long.parseLong(text);
        return number > 0 ? Optional.of(number) : Optional.empty();
      }
      if (type == int.class || type == Integer.class) {
        int number = Integer.parseInt(text);
        return number > 0 ? Optional.of(number) : Optional.empty();
      }
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
