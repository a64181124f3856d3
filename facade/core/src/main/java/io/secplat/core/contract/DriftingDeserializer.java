package io.secplat.core.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Wraps Jackson's deserializer of one contract type and tolerates (or, strict, refuses) the
 * deviations of {@link DriftKind}, reporting each to the client's {@link DriftReporter}. The value
 * is looked at before the delegate reads it; only shapes are reported, never values.
 */
final class DriftingDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;
  static final String UNKNOWN_CONSTANT = "UNKNOWN_DEFAULT_OPEN_API";

  /** What the contract promises for the wrapped type. */
  enum Shape {
    TEXT("string"), NUMBER("number"), TEMPORAL("date-time string"), ENUM("enum string"), LIST("array"), BEAN("object");

    final String expected;

    Shape(String expected) {
      this.expected = expected;
    }
  }

  private final Shape shape;
  private final transient DriftReporter reporter;
  private final Class<?> raw;
  /** For beans: the required properties' JSON names, by their {@link PresenceMarking} index. */
  private final List<String> required;

  DriftingDeserializer(JsonDeserializer<?> delegate, Shape shape, Class<?> raw, DriftReporter reporter,
      List<String> required) {
    super(delegate);
    this.shape = shape;
    this.raw = raw;
    this.reporter = reporter;
    this.required = required;
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new DriftingDeserializer(newDelegatee, shape, raw, reporter, required);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!ContractReading.readsResponse(ctxt)) {
      return _delegatee.deserialize(p, ctxt); // the client's own conversions, not a vendor's answer
    }
    JsonToken token = p.currentToken();
    switch (shape) {
      case LIST:
        return list(p, ctxt, token);
      case BEAN:
        return bean(p, ctxt, token);
      default:
        return scalar(p, ctxt, token);
    }
  }

  private Object scalar(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
    if (token == JsonToken.START_ARRAY) {
      return unwrap(p, ctxt);
    }
    if (token != null && token.isNumeric() && (shape == Shape.TEXT || shape == Shape.TEMPORAL)) {
      report(p, ctxt, JsonPaths.ofValue(p), DriftKind.NUMBER_FOR_STRING, shape.expected, "number");
    } else if (token == JsonToken.VALUE_STRING && shape == Shape.NUMBER) {
      report(p, ctxt, JsonPaths.ofValue(p), DriftKind.STRING_FOR_NUMBER, "number", "string");
    }
    if (shape != Shape.ENUM || token != JsonToken.VALUE_STRING) {
      return _delegatee.deserialize(p, ctxt);
    }
    String text = p.getText();
    Object value = _delegatee.deserialize(p, ctxt);
    if (value == null || (value instanceof Enum<?> constant && UNKNOWN_CONSTANT.equals(constant.name()))) {
      RawValues.keep(JsonPaths.owner(p), JsonPaths.field(p), text);
      report(p, ctxt, JsonPaths.ofValue(p), DriftKind.UNKNOWN_ENUM_VALUE, "one of " + documentedValues(),
          "a value the contract does not list");
    }
    return value;
  }

  /** A list where one value is promised: the first element is read; a longer list is kept raw. */
  private Object unwrap(JsonParser p, DeserializationContext ctxt) throws IOException {
    String path = JsonPaths.ofValue(p);
    Object owner = JsonPaths.owner(p);
    String field = JsonPaths.field(p);
    report(p, ctxt, path, DriftKind.LIST_FOR_SCALAR, shape.expected, "array");
    JsonNode array = ctxt.readTree(p);
    if (array.isEmpty()) {
      return _delegatee.getNullValue(ctxt);
    }
    if (array.size() > 1) {
      RawValues.keep(owner, field, array);
    }
    try (JsonParser element = array.get(0).traverse(p.getCodec())) {
      element.nextToken();
      return _delegatee.deserialize(element, ctxt);
    }
  }

  private Object list(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
    if (token == JsonToken.START_ARRAY || token == JsonToken.VALUE_NULL) {
      return _delegatee.deserialize(p, ctxt);
    }
    if (token == JsonToken.VALUE_STRING && p.getText().strip().startsWith("[")) {
      JsonNode parsed = parsedText(p);
      if (parsed != null && parsed.isArray()) {
        return fromText(p, ctxt, parsed);
      }
    }
    // ACCEPT_SINGLE_VALUE_AS_ARRAY (set by ContractReading) makes the delegate read it as one element
    report(p, ctxt, JsonPaths.ofValue(p), DriftKind.SCALAR_FOR_LIST, "array", JsonPaths.shape(token));
    return _delegatee.deserialize(p, ctxt);
  }

  private Object bean(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
    if (token == JsonToken.START_ARRAY) {
      return unwrap(p, ctxt);
    }
    if (token == JsonToken.VALUE_STRING && p.getText().strip().startsWith("{")) {
      JsonNode parsed = parsedText(p);
      if (parsed != null && parsed.isObject()) {
        return fromText(p, ctxt, parsed);
      }
    }
    if (required.isEmpty() || token != JsonToken.START_OBJECT) {
      return _delegatee.deserialize(p, ctxt);
    }
    Deque<BitSet> frames = PresenceMarking.frames(ctxt, true);
    BitSet present = new BitSet(required.size());
    frames.push(present);
    Object value;
    try {
      value = _delegatee.deserialize(p, ctxt);
    } finally {
      frames.pop();
    }
    if (present.cardinality() < required.size()) {
      // the parser now stands on the object's END_OBJECT, in the context that holds the object
      String path = JsonPaths.of(p.getParsingContext());
      for (int i = present.nextClearBit(0); i < required.size(); i = present.nextClearBit(i + 1)) {
        report(p, ctxt, path + '.' + required.get(i), DriftKind.MISSING_REQUIRED, "a value", "absent");
      }
    }
    return value;
  }

  /** An object or list delivered as a string holding its JSON. */
  private Object fromText(JsonParser p, DeserializationContext ctxt, JsonNode parsed) throws IOException {
    report(p, ctxt, JsonPaths.ofValue(p), DriftKind.OBJECT_AS_STRING, shape.expected, "a string holding JSON");
    try (JsonParser inner = parsed.traverse(p.getCodec())) {
      inner.nextToken();
      return shape == Shape.BEAN ? bean(inner, ctxt, inner.currentToken()) : _delegatee.deserialize(inner, ctxt);
    }
  }

  private static JsonNode parsedText(JsonParser p) {
    try {
      return p.getCodec().readTree(p.getCodec().getFactory().createParser(p.getText()));
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }

  private String documentedValues() {
    Object[] constants = raw.getEnumConstants();
    if (constants == null) {
      return "[]";
    }
    return Arrays.stream(constants)
        .filter(c -> !UNKNOWN_CONSTANT.equals(((Enum<?>) c).name()))
        .map(String::valueOf)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private void report(JsonParser p, DeserializationContext ctxt, String path, DriftKind kind, String expected,
      String found) throws IOException {
    reporter.report(ContractReading.operation(ctxt), path, kind, expected, found);
  }
}
