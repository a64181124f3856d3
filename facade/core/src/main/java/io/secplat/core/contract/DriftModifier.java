package io.secplat.core.contract;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Wraps the deserializers of contract types (strings, numbers, date-times, enums, lists and
 * model classes) in a {@link DriftingDeserializer}, and marks required properties so that their
 * absence can be seen. {@code JsonNode}, maps and {@code Object} stay as they are: they promise
 * no shape.
 */
final class DriftModifier extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;
  private final transient DriftReporter reporter;

  DriftModifier(DriftReporter reporter) {
    this.reporter = reporter;
  }

  @Override
  public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription beanDesc,
      BeanDeserializerBuilder builder) {
    int index = 0;
    List<SettableBeanProperty> marked = new ArrayList<>();
    for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
      SettableBeanProperty property = it.next();
      if (property.isRequired() && !(property instanceof PresenceMarking)) {
        marked.add(new PresenceMarking(property, index++));
      }
    }
    marked.forEach(property -> builder.addOrReplaceProperty(property, true));
    return builder;
  }

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
      JsonDeserializer<?> deserializer) {
    Class<?> raw = beanDesc.getBeanClass();
    if (raw == String.class) {
      return wrap(deserializer, DriftingDeserializer.Shape.TEXT, raw, List.of());
    }
    if (isNumber(raw)) {
      return wrap(deserializer, DriftingDeserializer.Shape.NUMBER, raw, List.of());
    }
    if (Temporal.class.isAssignableFrom(raw)) {
      return wrap(deserializer, DriftingDeserializer.Shape.TEMPORAL, raw, List.of());
    }
    if (deserializer instanceof BeanDeserializerBase bean && isContractModel(raw)) {
      List<String> required = new ArrayList<>();
      for (Iterator<SettableBeanProperty> it = bean.properties(); it.hasNext(); ) {
        SettableBeanProperty property = it.next();
        if (property instanceof PresenceMarking marking) {
          while (required.size() <= marking.index()) {
            required.add(null);
          }
          required.set(marking.index(), property.getName());
        }
      }
      return wrap(deserializer, DriftingDeserializer.Shape.BEAN, raw, List.copyOf(required));
    }
    return deserializer;
  }

  @Override
  public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
      BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    return wrap(deserializer, DriftingDeserializer.Shape.ENUM, type.getRawClass(), List.of());
  }

  @Override
  public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
      BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    return wrap(deserializer, DriftingDeserializer.Shape.LIST, type.getRawClass(), List.of());
  }

  @Override
  public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
      BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    Class<?> element = type.getContentType().getRawClass();
    if (element == byte.class || element == char.class) {
      return deserializer; // base64 text and char arrays are strings on the wire
    }
    return wrap(deserializer, DriftingDeserializer.Shape.LIST, type.getRawClass(), List.of());
  }

  private JsonDeserializer<?> wrap(JsonDeserializer<?> deserializer, DriftingDeserializer.Shape shape, Class<?> raw,
      List<String> required) {
    return new DriftingDeserializer(deserializer, shape, raw, reporter, required);
  }

  /**
   * @return whether a class is a vendor's model: not a JDK class, and not one of the suite's own
   *     transport envelopes ({@code io.secplat.core}: a GraphQL response's {@code errors} and their
   *     open-ended {@code extensions} are no vendor contract)
   */
  static boolean isContractModel(Class<?> raw) {
    String name = raw.getName();
    return !name.startsWith("java.") && !name.startsWith("io.secplat.core.");
  }

  private static boolean isNumber(Class<?> raw) {
    return Number.class.isAssignableFrom(raw) || raw == int.class || raw == long.class || raw == double.class
        || raw == float.class || raw == short.class;
  }
}
