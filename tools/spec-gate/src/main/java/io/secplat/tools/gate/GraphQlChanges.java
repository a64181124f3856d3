package io.secplat.tools.gate;

import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.NonNullType;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.diff.DiffCategory;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.DiffLevel;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.DifferenceReporter;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Classifies the changes between two versions of a GraphQL schema (SDL) with graphql-java's
 * {@link SchemaDiff}: breaking events are major, dangerous events (a new enum value, a
 * deprecation) and additions are minor. SchemaDiff does not report new optional arguments and
 * new optional input fields; they are found here and count as minor.
 *
 * <pre>{@code
 * List<Change> changes = GraphQlChanges.between("specs/jupiterone/jupiterone.graphqls", oldSdl, newSdl);
 * }</pre>
 */
public final class GraphQlChanges {
  private GraphQlChanges() {}

  /**
   * @param subject the schema's path, recorded in every change
   * @param oldSdl the schema at the base ref
   * @param newSdl the schema now
   * @return the changes; a single patch change when only descriptions or comments changed
   */
  public static List<Change> between(String subject, String oldSdl, String newSdl) {
    ChangeCollector out = new ChangeCollector(subject);
    if (oldSdl.equals(newSdl)) {
      return out.toList();
    }
    new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(oldSdl, newSdl), new DifferenceReporter() {
      @Override
      public void report(DiffEvent event) {
        if (event.getCategory() != null) {
          String where = event.getTypeName() + (event.getFieldName() == null ? "" : "." + event.getFieldName());
          out.add(level(event), "`" + where + "`: " + sentence(event.getReasonMsg()));
        }
      }

      @Override
      public void onEnd() {}
    });
    unreportedAdditions(new SchemaParser().parse(oldSdl), new SchemaParser().parse(newSdl), out);
    if (out.isEmpty()) {
      out.add(ChangeLevel.PATCH, "descriptions or comments changed; the schema did not");
    }
    return out.toList();
  }

  private static String sentence(String reason) {
    return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
  }

  private static ChangeLevel level(DiffEvent event) {
    if (event.getLevel() == DiffLevel.BREAKING) {
      return ChangeLevel.MAJOR;
    }
    if (event.getLevel() == DiffLevel.DANGEROUS) {
      return ChangeLevel.MINOR;
    }
    return event.getCategory() == DiffCategory.ADDITION ? ChangeLevel.MINOR : ChangeLevel.PATCH;
  }

  /** New nullable arguments of existing fields and new nullable input fields of existing input types. */
  private static void unreportedAdditions(TypeDefinitionRegistry before, TypeDefinitionRegistry after, ChangeCollector out) {
    for (ObjectTypeDefinition type : after.getTypes(ObjectTypeDefinition.class)) {
      Map<String, FieldDefinition> oldFields = before.getType(type.getName(), ObjectTypeDefinition.class)
          .map(t -> byName(t.getFieldDefinitions(), FieldDefinition::getName)).orElse(Map.of());
      for (FieldDefinition field : type.getFieldDefinitions()) {
        Optional.ofNullable(oldFields.get(field.getName())).ifPresent(old -> newOptional(
            byName(old.getInputValueDefinitions(), InputValueDefinition::getName), field.getInputValueDefinitions(),
            arg -> "`" + type.getName() + "." + field.getName() + "`: the new API adds the optional argument '" + arg + "'",
            out));
      }
    }
    for (InputObjectTypeDefinition input : after.getTypes(InputObjectTypeDefinition.class)) {
      before.getType(input.getName(), InputObjectTypeDefinition.class).ifPresent(old -> newOptional(
          byName(old.getInputValueDefinitions(), InputValueDefinition::getName), input.getInputValueDefinitions(),
          field -> "`" + input.getName() + "`: the new API adds the optional input field '" + field + "'", out));
    }
  }

  private static void newOptional(Map<String, InputValueDefinition> old, List<InputValueDefinition> now,
      Function<String, String> message, ChangeCollector out) {
    for (InputValueDefinition value : now) {
      boolean optional = !(value.getType() instanceof NonNullType) || value.getDefaultValue() != null;
      if (!old.containsKey(value.getName()) && optional) {
        out.add(ChangeLevel.MINOR, message.apply(value.getName()));
      }
    }
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    return items.stream().collect(Collectors.toMap(name, Function.identity(), (a, b) -> a));
  }
}
