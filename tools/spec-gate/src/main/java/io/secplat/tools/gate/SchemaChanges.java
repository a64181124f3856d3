package io.secplat.tools.gate;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedSchema;

/**
 * Walks one changed schema of an openapi-diff result and names each change. A change inside a
 * named component is reported by the component's name ({@code `Account.status`}) so that a schema
 * shared by many operations yields one line, not one per operation.
 */
final class SchemaChanges {
  private final ChangeCollector out;
  private final Map<Schema<?>, String> names = new IdentityHashMap<>();
  private final Set<ChangedSchema> visited = Collections.newSetFromMap(new IdentityHashMap<>());

  SchemaChanges(ChangeCollector out, ChangedOpenApi diff) {
    this.out = out;
    register(diff.getOldSpecOpenApi().getComponents());
    register(diff.getNewSpecOpenApi().getComponents());
  }

  private void register(Components components) {
    if (components != null && components.getSchemas() != null) {
      components.getSchemas().forEach((name, schema) -> names.putIfAbsent(schema, name));
    }
  }

  /**
   * @param context where the schema sits, e.g. {@code `GET /accounts` response 200}
   * @param schema the changed schema
   */
  void walk(String context, ChangedSchema schema) {
    walk(new Location(context, ""), schema);
  }

  private void walk(Location at, ChangedSchema cs) {
    if (cs == null || !visited.add(cs)) {
      return;
    }
    String name = cs.getOldSchema() != null ? names.get(cs.getOldSchema()) : null;
    Location here = name != null ? at.named(name) : at;
    if (cs.isChangedType()) {
      out.add(ChangeLevel.MAJOR, here + ": type changed from " + type(cs.getOldSchema()) + " to " + type(cs.getNewSchema()));
      return;
    }
    if (cs.isChangeFormat()) {
      out.add(ChangeLevel.MAJOR, here + ": format changed from " + cs.getOldSchema().getFormat() + " to " + cs.getNewSchema().getFormat());
    }
    properties(here, cs);
    required(here, cs);
    enumeration(here, cs);
    constraints(here, cs);
    walk(here.child("[]"), cs.getItems());
    walk(here.child("{}"), cs.getAddProp());
    cs.getChangedProperties().forEach((property, changed) -> walk(here.child(property), changed));
  }

  private void properties(Location here, ChangedSchema cs) {
    cs.getMissingProperties().keySet().forEach(p -> out.add(ChangeLevel.MAJOR, here.child(p) + " removed"));
    List<String> required = requiredOf(cs.getNewSchema());
    cs.getIncreasedProperties().keySet().forEach(p -> {
      boolean mustSend = cs.getContext().isRequest() && required.contains(p);
      out.add(mustSend ? ChangeLevel.MAJOR : ChangeLevel.MINOR,
          "new " + (mustSend ? "required " : "") + "property " + here.child(p));
    });
  }

  private void required(Location here, ChangedSchema cs) {
    if (cs.getRequired() == null) {
      return;
    }
    boolean request = cs.getContext().isRequest();
    for (String p : cs.getRequired().getIncreased()) {
      if (!cs.getIncreasedProperties().containsKey(p)) {
        out.add(request ? ChangeLevel.MAJOR : ChangeLevel.PATCH,
            here.child(p) + (request ? " is now required" : " is now always present"));
      }
    }
    for (String p : cs.getRequired().getMissing()) {
      if (!cs.getMissingProperties().containsKey(p)) {
        out.add(request ? ChangeLevel.PATCH : ChangeLevel.MAJOR,
            here.child(p) + (request ? " is now optional" : " may now be absent"));
      }
    }
  }

  private void enumeration(Location here, ChangedSchema cs) {
    if (cs.getEnumeration() == null) {
      return;
    }
    if (!cs.getEnumeration().getMissing().isEmpty()) {
      out.add(ChangeLevel.MAJOR, here + ": enum value(s) removed: " + join(cs.getEnumeration().getMissing()));
    }
    if (!cs.getEnumeration().getIncreased().isEmpty()) {
      out.add(ChangeLevel.MINOR, here + ": new enum value(s): " + join(cs.getEnumeration().getIncreased()));
    }
  }

  private void constraints(Location here, ChangedSchema cs) {
    Map<String, Changed> constraints = new LinkedHashMap<>();
    constraints.put("nullable", cs.getNullable());
    constraints.put("maxLength", cs.getMaxLength());
    constraints.put("minLength", cs.getMinLength());
    constraints.put("minimum/maximum", cs.getNumericRange());
    constraints.put("multipleOf", cs.getMultipleOf());
    constraints.put("maxItems", cs.getMaxItems());
    constraints.put("minItems", cs.getMinItems());
    constraints.put("maxProperties", cs.getMaxProperties());
    constraints.put("minProperties", cs.getMinProperties());
    constraints.put("uniqueItems", cs.getUniqueItems());
    constraints.put("pattern", cs.getPattern());
    constraints.put("readOnly", cs.getReadOnly());
    constraints.put("writeOnly", cs.getWriteOnly());
    constraints.forEach((keyword, changed) -> {
      if (changed != null && changed.isDifferent()) {
        out.add(OpenApiChanges.level(changed.isIncompatible()), here + ": `" + keyword + "` changed");
      }
    });
    if (cs.getOneOfSchema() != null && cs.getOneOfSchema().isDifferent()) {
      cs.getOneOfSchema().getMissing().keySet().forEach(s -> out.add(ChangeLevel.MAJOR, here + ": oneOf member " + s + " removed"));
      cs.getOneOfSchema().getIncreased().keySet().forEach(s -> out.add(ChangeLevel.MINOR, here + ": new oneOf member " + s));
      cs.getOneOfSchema().getChanged().forEach((s, changed) -> walk(here.child(s), changed));
    }
    if (cs.isDiscriminatorPropertyChanged()) {
      out.add(ChangeLevel.MAJOR, here + ": discriminator property changed");
    }
  }

  private static List<String> requiredOf(Schema<?> schema) {
    return schema == null || schema.getRequired() == null ? List.of() : schema.getRequired();
  }

  private static String type(Schema<?> schema) {
    if (schema == null) {
      return "nothing";
    }
    return Objects.requireNonNullElse(schema.getType(), "untyped") + (schema.getFormat() != null ? " (" + schema.getFormat() + ")" : "");
  }

  private static String join(List<?> values) {
    return String.join(", ", values.stream().map(String::valueOf).toList());
  }

  /** Where a schema sits: the operation context, and a path below a named component or the context. */
  private record Location(String context, String path, boolean named) {
    Location(String context, String path) {
      this(context, path, false);
    }

    Location named(String component) {
      return new Location(context, component, true);
    }

    Location child(String segment) {
      String joined = path.isEmpty() ? segment : segment.startsWith("[") || segment.startsWith("{")
          ? path + segment : path + "." + segment;
      return new Location(context, joined, named);
    }

    @Override
    public String toString() {
      if (named) {
        return "`" + path + "`";
      }
      return path.isEmpty() ? context : context + " `" + path + "`";
    }
  }
}
