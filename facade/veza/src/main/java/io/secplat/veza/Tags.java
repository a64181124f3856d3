package io.secplat.veza;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.veza.generated.api.VezaTagsApi;
import io.secplat.veza.generated.model.AddNodeTagsRequest;
import io.secplat.veza.generated.model.CreateTagRequest;
import io.secplat.veza.generated.model.RemoveNodeTagRequest;
import io.secplat.veza.generated.model.Tag;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Veza tags on graph nodes. Tag writes are not retried.
 *
 * <pre>{@code
 * veza.tags().add("arn:aws:iam::123456789012:role/admin", Map.of("owner", "platform"));
 * veza.tags().remove("arn:aws:iam::123456789012:role/admin", "owner");
 * }</pre>
 */
public final class Tags {
  private final VezaTagsApi api;

  Tags(VezaTagsApi api) {
    this.api = api;
  }

  /**
   * Creates a tag ({@code POST /api/v1/graph/tags}).
   *
   * @param key the tag key, not blank
   * @param value the tag value, or null for a key-only tag
   */
  @Operation("CreateVezaTag")
  public void create(String key, String value) {
    api.createVezaTag(new CreateTagRequest().tag(tag(key, value)));
  }

  /**
   * Adds tags to a node ({@code POST /api/v1/graph/nodes/tags}).
   *
   * @param nodeId the node id, for example an ARN
   * @param tags key to value (a null value makes a key-only tag); at least one
   */
  @Operation("AddVezaTag")
  public void add(String nodeId, Map<String, String> tags) {
    Arguments.requireNonBlank("nodeId", nodeId);
    Arguments.requireNonNull("tags", tags);
    if (tags.isEmpty()) {
      throw new IllegalArgumentException("tags must not be empty");
    }
    List<Tag> list = tags.entrySet().stream().map(e -> tag(e.getKey(), e.getValue())).collect(Collectors.toList());
    api.addVezaTag(new AddNodeTagsRequest().nodeId(nodeId).tags(list));
  }

  /**
   * Removes a tag from a node ({@code POST /api/v1/graph/nodes/tags:remove}).
   *
   * @param nodeId the node id
   * @param key the tag key
   */
  @Operation("RemoveVezaTag")
  public void remove(String nodeId, String key) {
    Arguments.requireNonBlank("nodeId", nodeId);
    api.removeVezaTag(new RemoveNodeTagRequest().nodeId(nodeId).tagKey(Arguments.requireNonBlank("key", key)));
  }

  private static Tag tag(String key, String value) {
    return new Tag().key(Arguments.requireNonBlank("key", key)).value(value);
  }
}
