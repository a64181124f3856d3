package io.secplat.veza.query;

import io.secplat.core.Arguments;
import io.secplat.veza.generated.model.NodeSpec;
import io.secplat.veza.generated.model.NodeTypeGroupingConstraint;
import io.secplat.veza.generated.model.NodeTypeGroupingConstraintType;
import io.secplat.veza.generated.model.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * One node type of a query, with its conditions and tags:
 * {@code node("S3Bucket").where(property("block_public_acls").eq(false)).tagged("env", "prod")}.
 * Immutable: each method returns a new node.
 */
public final class Node {
  private final String type;
  private final String id;
  private final Criterion criterion;
  private final List<Tag> tags;
  private final List<Tag> excludedTags;
  private final NodeTypeGroupingConstraint grouping;
  private final boolean directOnly;

  private Node(String type, String id, Criterion criterion, List<Tag> tags, List<Tag> excludedTags,
      NodeTypeGroupingConstraint grouping, boolean directOnly) {
    this.type = type;
    this.id = id;
    this.criterion = criterion;
    this.tags = tags;
    this.excludedTags = excludedTags;
    this.grouping = grouping;
    this.directOnly = directOnly;
  }

  /**
   * @param type a node type, for example {@code OktaUser} or the supertype {@code User}
   * @return nodes of that type
   */
  public static Node node(String type) {
    return new Node(Arguments.requireNonBlank("type", type), null, null, List.of(), List.of(), null, false);
  }

  /**
   * @param criteria conditions the node must meet (all of them)
   * @return a copy with the conditions
   */
  public Node where(Criterion... criteria) {
    Arguments.requireNonNull("criteria", criteria);
    Criterion combined = criteria.length == 1 ? Arguments.requireNonNull("criterion", criteria[0]) : Criteria.allOf(criteria);
    return new Node(type, id, combined, tags, excludedTags, grouping, directOnly);
  }

  /**
   * @param nodeId one specific node, for example an ARN
   * @return a copy restricted to that node
   */
  public Node withId(String nodeId) {
    return new Node(type, Arguments.requireNonBlank("nodeId", nodeId), criterion, tags, excludedTags, grouping, directOnly);
  }

  /**
   * @param key a tag key
   * @param value the tag value, or null for any value
   * @return a copy requiring the tag
   */
  public Node tagged(String key, String value) {
    return new Node(type, id, criterion, plus(tags, key, value), excludedTags, grouping, directOnly);
  }

  /**
   * @param key a tag key
   * @param value the tag value, or null for any value
   * @return a copy excluding nodes with the tag
   */
  public Node notTagged(String key, String value) {
    return new Node(type, id, criterion, tags, plus(excludedTags, key, value), grouping, directOnly);
  }

  /**
   * For a supertype such as {@code User}: only (or all but) these concrete types.
   *
   * @param constraint INCLUDE or EXCLUDE
   * @param types concrete node types
   * @return a copy with the grouping constraint
   */
  public Node grouping(NodeTypeGroupingConstraintType constraint, String... types) {
    Arguments.requireNonNull("constraint", constraint);
    NodeTypeGroupingConstraint value = new NodeTypeGroupingConstraint().constraintType(constraint)
        .nodeTypes(List.of(Arguments.requireNonNull("types", types)));
    return new Node(type, id, criterion, tags, excludedTags, value, directOnly);
  }

  /** @return a copy that counts only direct relationships of this node */
  public Node directRelationshipOnly() {
    return new Node(type, id, criterion, tags, excludedTags, grouping, true);
  }

  /** @return Veza's node spec */
  public NodeSpec toSpec() {
    NodeSpec spec = new NodeSpec().nodeType(type);
    if (id != null) {
      spec.nodeId(id);
    }
    if (criterion != null) {
      spec.conditionExpression(criterion.toExpression());
    }
    if (!tags.isEmpty()) {
      spec.tags(new ArrayList<>(tags));
    }
    if (!excludedTags.isEmpty()) {
      spec.excludedTags(new ArrayList<>(excludedTags));
    }
    if (grouping != null) {
      spec.nodeTypeGroupingConstraint(grouping);
    }
    if (directOnly) {
      spec.directRelationshipOnly(true);
    }
    return spec;
  }

  private static List<Tag> plus(List<Tag> list, String key, String value) {
    List<Tag> copy = new ArrayList<>(list);
    copy.add(new Tag().key(Arguments.requireNonBlank("key", key)).value(value));
    return List.copyOf(copy);
  }
}
