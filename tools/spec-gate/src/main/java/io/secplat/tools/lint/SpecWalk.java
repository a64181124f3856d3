package io.secplat.tools.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.tools.lint.SpecVisitor.SchemaPlace;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Drives a {@link SpecVisitor} over the components and the operations of an OpenAPI document. */
final class SpecWalk {
  private final OpenApiTree spec;
  private final SpecVisitor visitor;

  private SpecWalk(OpenApiTree spec, SpecVisitor visitor) {
    this.spec = spec;
    this.visitor = visitor;
  }

  static void walk(OpenApiTree spec, SpecVisitor visitor) {
    new SpecWalk(spec, visitor).all();
  }

  private void all() {
    JsonNode components = spec.root().path("components");
    each(components.path("schemas"), (name, s) -> schema("components.schemas." + name, s, SchemaPlace.COMPONENT));
    each(components.path("parameters"), (name, p) -> parameter("components.parameters." + name, p));
    each(components.path("headers"), (name, h) -> parameter("components.headers." + name, h));
    each(components.path("requestBodies"), (name, b) -> content("components.requestBodies." + name, b));
    each(components.path("responses"), (name, r) -> response("components.responses." + name, r));
    each(spec.root().path("paths"), (path, item) -> {
      item.path("parameters").forEach(p -> parameter(path + " parameters." + p.path("name").asText(), p));
      each(item, (method, op) -> {
        if (OpenApiTree.METHODS.contains(method)) {
          operation(method.toUpperCase(Locale.ROOT) + " " + path, op);
        }
      });
    });
  }

  private void operation(String where, JsonNode op) {
    op.path("parameters").forEach(p -> parameter(where + " parameters." + p.path("name").asText(), p));
    if (!op.path("requestBody").has("$ref")) {
      content(where + " requestBody", op.path("requestBody"));
    }
    each(op.path("responses"), (status, r) -> response(where + " responses." + status, r));
  }

  private void response(String where, JsonNode response) {
    if (response.has("$ref")) {
      return;
    }
    each(response.path("headers"), (name, h) -> parameter(where + ".headers." + name, h));
    content(where, response);
  }

  private void parameter(String where, JsonNode parameter) {
    if (parameter.has("$ref")) {
      return;
    }
    if (parameter.has("schema")) {
      visitor.parameter(where, parameter);
      schema(where + ".schema", parameter.get("schema"), SchemaPlace.INLINE);
    }
    content(where, parameter);
  }

  private void content(String where, JsonNode holder) {
    each(holder.path("content"), (type, media) -> {
      visitor.mediaType(where + ".content." + type, media);
      schema(where + ".content." + type + ".schema", media.path("schema"), SchemaPlace.INLINE);
    });
  }

  private void schema(String where, JsonNode schema, SchemaPlace place) {
    if (!schema.isObject() || schema.has("$ref")) {
      return;
    }
    visitor.schema(where, schema, place);
    each(schema.path("properties"), (name, s) -> schema(where + ".properties." + name, s, SchemaPlace.INLINE));
    schema(where + ".items", schema.path("items"), SchemaPlace.INLINE);
    schema(where + ".additionalProperties", schema.path("additionalProperties"), SchemaPlace.INLINE);
    schema(where + ".not", schema.path("not"), SchemaPlace.INLINE);
    int i = 0;
    for (JsonNode member : schema.path("allOf")) {
      schema(where + ".allOf[" + i++ + "]", member, SchemaPlace.ALL_OF_MEMBER);
    }
    for (String composition : new String[] {"oneOf", "anyOf"}) {
      i = 0;
      for (JsonNode member : schema.path(composition)) {
        schema(where + "." + composition + "[" + i++ + "]", member, SchemaPlace.INLINE);
      }
    }
  }

  private interface Entry {
    void accept(String key, JsonNode value);
  }

  private static void each(JsonNode object, Entry entry) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      entry.accept(e.getKey(), e.getValue());
    }
  }
}
