package io.secplat.mock.britive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.mock.openapi.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;

/** The starting environment tree: the groups and environments the spec's examples name. */
final class BritiveSeed {
  private BritiveSeed() {}

  static BritiveState.Seed from(OpenApiDocument spec) {
    List<ObjectNode> groups = new ArrayList<>();
    ObjectNode devGroup = (ObjectNode) spec.operation("createEnvironmentGroup").example().deepCopy();
    devGroup.put("nodeType", "group");
    for (JsonNode summary : spec.operation("getEnvironmentTreeSummary").example("environmentGroups")) {
      ObjectNode group = devGroup.deepCopy();
      group.put("id", summary.get("id").asText());
      group.put("name", summary.get("name").asText());
      group.put("description", summary.get("name").asText());
      group.put("parentId", "");
      group.put("internalParentId", "");
      group.put("nodeType", summary.get("type").asText());
      groups.add(group);
    }
    groups.add(devGroup);

    List<ObjectNode> environments = new ArrayList<>();
    ObjectNode created = (ObjectNode) spec.operation("createEnvironment").example();
    for (JsonNode item : spec.operation("listEnvironments").example()) {
      environments.add(environment(created, item.get("environmentId").asText(), item.get("environmentName").asText(),
          "AWSAccount", item.get("appContainerId").asText()));
    }
    for (JsonNode summary : spec.operation("getEnvironmentTreeSummary").example("environments")) {
      String id = summary.get("id").asText();
      if (environments.stream().noneMatch(e -> e.get("id").asText().equals(id))) {
        environments.add(environment(created, id, summary.get("name").asText(), summary.get("type").asText(), null));
      }
    }
    return new BritiveState.Seed(groups, environments);
  }

  private static ObjectNode environment(ObjectNode template, String id, String name, String nodeType, String container) {
    ObjectNode env = template.deepCopy();
    env.put("id", id);
    env.put("name", name);
    env.put("nodeType", nodeType);
    if (container != null) {
      env.put("appContainerId", container);
    }
    return env;
  }
}
