package io.secplat.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code secplat j1 entities|relationships create|update|delete}: single graph mutations. */
final class J1GraphCommands {
  private J1GraphCommands() {}

  /** Custom properties as repeated {@code --property NAME=VALUE}; values typed like CSV cells (numbers, booleans, JSON arrays). */
  static final class Properties {
    @Option(names = "--property", paramLabel = "NAME=VALUE",
        description = "A custom property (repeatable); numbers, true/false and [JSON arrays] keep their type, anything else is text.")
    Map<String, String> values = new LinkedHashMap<>();

    Map<String, Object> typed() {
      Map<String, Object> typed = new LinkedHashMap<>();
      values.forEach((name, value) -> typed.put(name, Csv.value(value)));
      return typed;
    }
  }

  /** {@code secplat j1 entities …}. */
  @Command(name = "entities", mixinStandardHelpOptions = true, description = "Create, update and delete entities.")
  static final class Entities extends ReadCommand.JupiterOne {
    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an entity and print it.")
    int create(@Parameters(index = "0", paramLabel = "KEY", description = "The entity's _key.") String key,
        @Option(names = "--type", required = true, description = "Its _type, for example my_host.") String type,
        @Option(names = "--class", required = true, paramLabel = "CLASS",
            description = "Its _class, for example Host; repeat for several classes (JupiterOne takes a list).")
        List<String> entityClasses,
        @Mixin Properties properties, @Mixin OutputOptions output) {
      return read(output, client -> client.entities().create(key, type, entityClasses, properties.typed()));
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Update an entity's properties and print it.")
    int update(@Parameters(index = "0", paramLabel = "ENTITY_ID", description = "The entity's _id.") String entityId,
        @Mixin Properties properties, @Mixin OutputOptions output) {
      return read(output, client -> client.entities().update(entityId, properties.typed()));
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an entity and print it.")
    int delete(@Parameters(index = "0", paramLabel = "ENTITY_ID", description = "The entity's _id.") String entityId,
        @Option(names = "--hard-delete", description = "Remove it for good instead of marking it deleted.") boolean hardDelete,
        @Mixin OutputOptions output) {
      return read(output, client -> client.entities().delete(entityId, null, hardDelete));
    }
  }

  /** {@code secplat j1 relationships …}. */
  @Command(name = "relationships", mixinStandardHelpOptions = true, description = "Create, update and delete relationships.")
  static final class Relationships extends ReadCommand.JupiterOne {
    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a relationship between two entities and print it.")
    int create(@Parameters(index = "0", paramLabel = "KEY", description = "The relationship's _key.") String key,
        @Option(names = "--type", required = true, description = "Its _type, for example my_host_runs_app.") String type,
        @Option(names = "--class", required = true, paramLabel = "CLASS", description = "Its _class, for example RUNS.")
        String relationshipClass,
        @Option(names = "--from", required = true, paramLabel = "ENTITY_ID", description = "The source entity's _id.") String from,
        @Option(names = "--to", required = true, paramLabel = "ENTITY_ID", description = "The target entity's _id.") String to,
        @Mixin Properties properties, @Mixin OutputOptions output) {
      return read(output, client -> client.relationships().create(key, type, relationshipClass, from, to, properties.typed()));
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Update a relationship's properties and print it.")
    int update(@Parameters(index = "0", paramLabel = "RELATIONSHIP_ID", description = "The relationship's _id.") String id,
        @Mixin Properties properties, @Mixin OutputOptions output) {
      return read(output, client -> client.relationships().update(id, properties.typed()));
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a relationship and print it.")
    int delete(@Parameters(index = "0", paramLabel = "RELATIONSHIP_ID", description = "The relationship's _id.") String id,
        @Option(names = "--hard-delete", description = "Remove it for good instead of marking it deleted.") boolean hardDelete,
        @Mixin OutputOptions output) {
      return read(output, client -> client.relationships().delete(id, null, hardDelete));
    }
  }
}
