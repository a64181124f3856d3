package io.secplat.veza.oaa;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The declared custom properties of a template whose elements are named by kind ({@code user},
 * {@code group}, {@code domain}, {@code employee}): checks values against them and writes them as
 * {@code custom_property_definition} with one {@code <kind>_properties} object per kind.
 */
final class PropertyKinds {
  private final Map<String, Map<String, OaaPropertyType>> byKind = new LinkedHashMap<>();

  /** @param kinds the kinds of elements that carry properties, in the order they are written */
  PropertyKinds(String... kinds) {
    for (String kind : kinds) {
      byKind.put(kind, new LinkedHashMap<>());
    }
  }

  void declare(String kind, String name, OaaPropertyType type) {
    PropertyDefinitions.declare(byKind.get(kind), kind + " property " + name, name, type);
  }

  void check(String kind, String element, String name, Object value) {
    PropertyDefinitions.check(byKind.get(kind), element, name, value, "for " + kind + "s");
  }

  void write(JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("custom_property_definition");
    for (Map.Entry<String, Map<String, OaaPropertyType>> e : byKind.entrySet()) {
      PropertyDefinitions.writeTypes(json, e.getKey() + "_properties", e.getValue());
    }
    json.writeEndObject();
  }
}
