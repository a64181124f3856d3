package io.secplat.veza.oaa;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The declared custom properties of an application: checks values against them and writes both. */
final class PropertyDefinitions {
  /** oaaclient lower-cases a property name and requires letters, digits and underscores. */
  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]*$");
  private final Map<OaaEntity, Map<String, OaaPropertyType>> byEntity = new EnumMap<>(OaaEntity.class);
  private final Map<String, Map<String, OaaPropertyType>> byResourceType = new LinkedHashMap<>();

  void declare(OaaEntity entity, String name, OaaPropertyType type) {
    declare(byEntity.computeIfAbsent(entity, e -> new LinkedHashMap<>()), entity.label() + " property " + name, name, type);
  }

  void declareResource(String resourceType, String name, OaaPropertyType type) {
    declare(byResourceType.computeIfAbsent(resourceType, t -> new LinkedHashMap<>()),
        "resource type " + resourceType + " property " + name, name, type);
  }

  static void declare(Map<String, OaaPropertyType> into, String element, String name, OaaPropertyType type) {
    if (name == null || !NAME.matcher(name.toLowerCase(java.util.Locale.ROOT)).matches()) {
      throw new OaaPayloadException(element, "a property name starts with a letter and has only letters, digits and _");
    }
    if (type == null) {
      throw new OaaPayloadException(element, "the type is missing");
    }
    if (into.putIfAbsent(name, type) != null) {
      throw new OaaPayloadException(element, "is declared twice");
    }
  }

  void check(OaaEntity entity, String element, String name, Object value) {
    check(byEntity.getOrDefault(entity, Map.of()), element, name, value, "for " + entity.label() + "s");
  }

  void checkResource(String resourceType, String element, String name, Object value) {
    check(byResourceType.getOrDefault(resourceType, Map.of()), element, name, value,
        "for resources of type " + resourceType);
  }

  static void check(Map<String, OaaPropertyType> declared, String element, String name, Object value,
      String scope) {
    OaaPropertyType type = declared.get(name);
    if (type == null) {
      throw new OaaPayloadException(element, "property " + name + " is not declared " + scope
          + " (declare property types before use)");
    }
    if (value == null || !type.accepts(value)) {
      throw new OaaPayloadException(element, "property " + name + " is declared " + type + " but the value is "
          + (value == null ? "null" : value.getClass().getSimpleName()));
    }
  }

  void write(JsonGenerator json, String applicationType) throws IOException {
    json.writeObjectFieldStart("custom_property_definition");
    json.writeArrayFieldStart("applications");
    json.writeStartObject();
    json.writeStringField("application_type", applicationType);
    for (OaaEntity entity : OaaEntity.values()) {
      writeTypes(json, entity.definitionKey(), byEntity.getOrDefault(entity, Map.of()));
    }
    json.writeArrayFieldStart("resources");
    for (Map.Entry<String, Map<String, OaaPropertyType>> e : byResourceType.entrySet()) {
      json.writeStartObject();
      json.writeStringField("resource_type", e.getKey());
      writeTypes(json, "properties", e.getValue());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  static void writeTypes(JsonGenerator json, String key, Map<String, OaaPropertyType> types) throws IOException {
    json.writeObjectFieldStart(key);
    for (Map.Entry<String, OaaPropertyType> t : types.entrySet()) {
      json.writeStringField(t.getKey(), t.getValue().name());
    }
    json.writeEndObject();
  }

  /** Writes {@code custom_properties} of one element (values already checked). */
  static void writeValues(JsonGenerator json, Map<String, Object> values) throws IOException {
    json.writeObjectFieldStart("custom_properties");
    for (Map.Entry<String, Object> e : values.entrySet()) {
      json.writeFieldName(e.getKey());
      Object v = e.getValue();
      if (v instanceof Boolean b) {
        json.writeBoolean(b);
      } else if (v instanceof Number n) {
        json.writeNumber(n.longValue());
      } else if (v instanceof Collection<?> list) {
        json.writeStartArray();
        for (Object s : list) {
          json.writeString((String) s);
        }
        json.writeEndArray();
      } else if (v instanceof Instant || v instanceof OffsetDateTime) {
        json.writeString(v.toString());
      } else {
        json.writeString(String.valueOf(v));
      }
    }
    json.writeEndObject();
  }
}
