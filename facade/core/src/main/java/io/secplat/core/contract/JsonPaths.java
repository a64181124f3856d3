package io.secplat.core.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;
import java.util.Deque;

/** JSON paths of the value a parser stands on, array indices written {@code [*]}. */
final class JsonPaths {
  private JsonPaths() {}

  /** @return the path of the value token the parser stands on (a scalar, or the start of an object or array) */
  static String ofValue(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return of(context);
  }

  /** @return the path of the value a context is positioned at: its current field name or element */
  static String of(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        String name = c.getCurrentName();
        parts.push(name == null ? "" : '.' + name);
      } else if (c.inArray()) {
        parts.push("[*]");
      }
    }
    StringBuilder path = new StringBuilder("$");
    parts.forEach(path::append);
    return path.toString();
  }

  /** @return the object a field value belongs to (the bean being read), or null */
  static Object owner(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return context.inObject() ? context.getCurrentValue() : null;
  }

  /** @return the field name a value belongs to, or null when it is not an object's field */
  static String field(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return context.inObject() ? context.getCurrentName() : null;
  }

  /** @return the shape of a token, for reports: never its value */
  static String shape(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
