package io.secplat.cli;

import io.secplat.jupiterone.generated.graphql.FilterType;
import io.secplat.jupiterone.generated.graphql.VertexFilters;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Read commands for the JupiterOne graph view, IAM groups and raw data; each action is one façade call. */
final class J1ReadCommands {
  private J1ReadCommands() {}

  /** Which entities: {@code --id}, {@code --key}, {@code --type}, {@code --class}, and how the lists combine. */
  static final class Filters {
    @Option(names = "--id", paramLabel = "ENTITY_ID", description = "Only the entity with this _id.")
    String id;

    @Option(names = "--key", description = "Only entities with this _key.")
    String key;

    @Option(names = "--type", split = ",", description = "Only entities of these _type values (repeatable or comma-separated).")
    List<String> types;

    @Option(names = "--class", split = ",", paramLabel = "CLASS",
        description = "Only entities of these _class values (repeatable or comma-separated).")
    List<String> classes;

    @Option(names = "--filter-type", paramLabel = "AND|OR", description = "How the lists combine: ${COMPLETION-CANDIDATES} (default AND).")
    FilterType filterType;

    /** @return the filters, or null for all entities */
    VertexFilters filters() {
      return id == null && key == null && types == null && classes == null ? null : new VertexFilters(id, key, types, classes);
    }
  }

  /** {@code secplat j1 graph …}. */
  @Command(name = "graph", mixinStandardHelpOptions = true,
      description = "Read the graph: vertices, their neighbors, edges and entity counts.")
  static final class Graph extends ReadCommand.JupiterOne {
    @Command(name = "vertices", mixinStandardHelpOptions = true, description = "List the latest versions of matching entities, page by page.")
    int vertices(@Mixin Filters filters, @Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, j1 -> j1.graph().listVertices(filters.filters(), filters.filterType));
    }

    @Command(name = "vertex", mixinStandardHelpOptions = true, description = "Show one vertex; exit 3 when there is none.")
    int vertex(@Parameters(paramLabel = "VERTEX_ID", description = "The vertex (entity) id.") String id, @Mixin OutputOptions output) {
      return read(output, j1 -> j1.graph().vertex(id));
    }

    @Command(name = "neighbors", mixinStandardHelpOptions = true, description = "Show a vertex with its neighbors; exit 3 when there is none.")
    int neighbors(@Parameters(paramLabel = "VERTEX_ID", description = "The vertex (entity) id.") String id,
        @Option(names = "--depth", defaultValue = "1", description = "How many hops (default ${DEFAULT-VALUE}).") int depth,
        @Mixin OutputOptions output) {
      return read(output, j1 -> j1.graph().neighbors(id, depth));
    }

    @Command(name = "edge", mixinStandardHelpOptions = true, description = "Show one edge; exit 3 when there is none.")
    int edge(@Parameters(paramLabel = "EDGE_ID", description = "The edge (relationship) id.") String id, @Mixin OutputOptions output) {
      return read(output, j1 -> j1.graph().edge(id));
    }

    @Command(name = "entity-count", mixinStandardHelpOptions = true, description = "Count the matching entities.")
    int entityCount(@Mixin Filters filters, @Mixin OutputOptions output) {
      return read(output, j1 -> j1.graph().entityCount(filters.filters(), filters.filterType));
    }

    @Command(name = "entity-counts", mixinStandardHelpOptions = true, description = "Count the entities per type and per class.")
    int entityCounts(@Mixin OutputOptions output) {
      return read(output, j1 -> j1.graph().allEntityCounts());
    }

    @Command(name = "type-counts", mixinStandardHelpOptions = true, description = "Count the entities of some classes per type.")
    int typeCounts(@Option(names = "--class", split = ",", required = true, paramLabel = "CLASS",
        description = "Entity classes (repeatable or comma-separated).") List<String> classes,
        @Option(names = "--filter-type", paramLabel = "AND|OR", description = "How the classes combine: ${COMPLETION-CANDIDATES} (default AND).")
        FilterType filterType, @Mixin OutputOptions output) {
      return read(output, j1 -> j1.graph().typeCounts(classes, filterType));
    }

    @Command(name = "query-graph", mixinStandardHelpOptions = true, description = "Show the canned graph JupiterOne answers to queryGraph.")
    int queryGraph(@Mixin OutputOptions output) {
      return read(output, j1 -> j1.graph().queryGraph());
    }
  }

  /** {@code secplat j1 iam groups|members}. */
  @Command(name = "iam", mixinStandardHelpOptions = true, description = "List IAM user groups and their members.")
  static final class Iam extends ReadCommand.JupiterOne {
    @Command(name = "groups", mixinStandardHelpOptions = true, description = "List the user groups, page by page.")
    int groups(@Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, j1 -> j1.iam().groups());
    }

    @Command(name = "members", mixinStandardHelpOptions = true, description = "List the members of a user group, page by page.")
    int members(@Parameters(paramLabel = "GROUP_ID", description = "The group's id.") String groupId,
        @Mixin Limit limit, @Mixin OutputOptions output) {
      return read(output, limit, j1 -> j1.iam().members(groupId));
    }
  }

  /** {@code secplat j1 raw-data entries|versions|entry-versions|latest}. */
  @Command(name = "raw-data", mixinStandardHelpOptions = true, description = "Read the raw data an integration stored for an entity.")
  static final class RawData extends ReadCommand.JupiterOne {
    @Command(name = "entries", mixinStandardHelpOptions = true, description = "List the raw data entries of an entity.")
    int entries(@Parameters(paramLabel = "ENTITY_ID", description = "The entity's _id.") String entityId, @Mixin OutputOptions output) {
      return read(output, j1 -> j1.rawData().entries(entityId));
    }

    @Command(name = "versions", mixinStandardHelpOptions = true, description = "List the raw data versions of an entity.")
    int versions(@Parameters(paramLabel = "ENTITY_ID", description = "The entity's _id.") String entityId, @Mixin OutputOptions output) {
      return read(output, j1 -> j1.rawData().versions(entityId));
    }

    @Command(name = "entry-versions", mixinStandardHelpOptions = true, description = "List the versions of one raw data entry.")
    int entryVersions(@Parameters(index = "0", paramLabel = "ENTITY_ID", description = "The entity's _id.") String entityId,
        @Parameters(index = "1", paramLabel = "ENTRY", description = "The entry's name.") String entry, @Mixin OutputOptions output) {
      return read(output, j1 -> j1.rawData().entryVersions(entityId, entry));
    }

    @Command(name = "latest", mixinStandardHelpOptions = true, description = "Show the latest version of one raw data entry.")
    int latest(@Parameters(index = "0", paramLabel = "ENTITY_ID", description = "The entity's _id.") String entityId,
        @Parameters(index = "1", paramLabel = "ENTRY", description = "The entry's name.") String entry, @Mixin OutputOptions output) {
      return read(output, j1 -> j1.rawData().latest(entityId, entry));
    }
  }
}
