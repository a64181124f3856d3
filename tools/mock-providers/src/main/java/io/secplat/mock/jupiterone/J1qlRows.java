package io.secplat.mock.jupiterone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Table rows from paths: one column per RETURN item, {@code alias.*} flattened into alias.property columns. */
final class J1qlRows {
  private J1qlRows() {}

  static Map<String, Object> row(List<J1qlPlan.Column> columns, Object[] path, String accountId) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (J1qlPlan.Column column : columns) {
      if (column.expandSlot() >= 0) {
        flatten(column.name(), path[column.expandSlot()], row);
      } else {
        row.put(column.name(), column.expression().value(path, accountId));
      }
    }
    return row;
  }

  /** "Using a wildcard to return all properties also returns all metadata properties". */
  static void flatten(String alias, Object element, Map<String, Object> row) {
    if (element instanceof GraphEntity) {
      GraphEntity entity = (GraphEntity) element;
      for (String name : List.of("_id", "_key", "_type", "_class", "_version", "_createdOn", "_beginOn", "_deleted",
          "displayName")) {
        row.put(alias + "." + name, J1qlValues.entityProperty(entity, name));
      }
      entity.properties.forEach((name, value) -> row.put(alias + "." + name, value));
    } else if (element instanceof GraphRelationship) {
      GraphRelationship relationship = (GraphRelationship) element;
      for (String name : List.of("_id", "_key", "_type", "_class", "_fromEntityId", "_toEntityId", "_version",
          "_createdOn", "_beginOn", "displayName")) {
        row.put(alias + "." + name, J1qlValues.relationshipProperty(relationship, name));
      }
      relationship.properties.forEach((name, value) -> row.put(alias + "." + name, value));
    }
  }
}
