package io.secplat.veza.query;

import io.secplat.core.Arguments;
import io.secplat.veza.generated.model.AndOperatorType;
import io.secplat.veza.generated.model.EffectivePermissionCollection;
import io.secplat.veza.generated.model.NodeSpecCollection;
import io.secplat.veza.generated.model.Operator;
import io.secplat.veza.generated.model.RawPermissionCollection;
import io.secplat.veza.generated.model.RelatesToDirection;
import io.secplat.veza.generated.model.RelatesToExp;
import io.secplat.veza.generated.model.RelatesToSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A relates-to expression: the source must (or must not) relate to other nodes.
 *
 * <pre>{@code
 * allOf(AndOperatorType.SOURCE_INTERSECT,
 *     relatedTo(node("SnowflakeRole").where(property("id").eq(billing))),
 *     anyOf(relatedTo(node("SnowflakeRole").where(property("id").eq(auditor))),
 *           relatedTo(node("SnowflakeRole").where(property("id").eq(roleA)))))
 * }</pre>
 */
public abstract class RelatesTo {
  RelatesTo() {}

  /** @return Veza's relates-to expression */
  public abstract RelatesToExp toExpression();

  /**
   * @param node the node the source relates to
   * @return a single relation, refined with its methods
   */
  public static Relation relatedTo(Node node) {
    return new Relation(Arguments.requireNonNull("node", node), false, null, null, null, null, null);
  }

  /**
   * @param node the node the source must not relate to
   * @return a single negative relation
   */
  public static Relation notRelatedTo(Node node) {
    return new Relation(Arguments.requireNonNull("node", node), true, null, null, null, null, null);
  }

  /**
   * @param andType how AND is evaluated across relations
   * @param members relations and nested groups
   * @return a group true when all members are
   */
  public static RelatesTo allOf(AndOperatorType andType, RelatesTo... members) {
    return new Group(Operator.AND, Arguments.requireNonNull("andType", andType), members);
  }

  /**
   * @param members relations and nested groups
   * @return a group true when all members are, with the default (inferred) AND evaluation
   */
  public static RelatesTo allOf(RelatesTo... members) {
    return new Group(Operator.AND, null, members);
  }

  /**
   * @param members relations and nested groups
   * @return a group true when any member is
   */
  public static RelatesTo anyOf(RelatesTo... members) {
    return new Group(Operator.OR, null, members);
  }

  /** One relation to one kind of node. Immutable. */
  public static final class Relation extends RelatesTo {
    private final Node node;
    private final boolean none;
    private final RelatesToDirection direction;
    private final Node through;
    private final Node avoiding;
    private final RawPermissionCollection raw;
    private final EffectivePermissionCollection effective;

    Relation(Node node, boolean none, RelatesToDirection direction, Node through, Node avoiding,
        RawPermissionCollection raw, EffectivePermissionCollection effective) {
      this.node = node;
      this.none = none;
      this.direction = direction;
      this.through = through;
      this.avoiding = avoiding;
      this.raw = raw;
      this.effective = effective;
    }

    /** @param value the direction of the relation @return a copy with it */
    public Relation direction(RelatesToDirection value) {
      return new Relation(node, none, Arguments.requireNonNull("direction", value), through, avoiding, raw, effective);
    }

    /** @param intermediate a node the path must pass through @return a copy with it */
    public Relation through(Node intermediate) {
      return new Relation(node, none, direction, Arguments.requireNonNull("intermediate", intermediate), avoiding, raw,
          effective);
    }

    /** @param intermediate a node the path must avoid @return a copy with it */
    public Relation avoiding(Node intermediate) {
      return new Relation(node, none, direction, through, Arguments.requireNonNull("intermediate", intermediate), raw,
          effective);
    }

    /** @param permissions raw permissions the relation needs @return a copy with them */
    public Relation rawPermissions(RawPermissionCollection permissions) {
      if (effective != null) {
        throw new IllegalArgumentException("a relation filters raw or effective permissions, not both");
      }
      return new Relation(node, none, direction, through, avoiding, Arguments.requireNonNull("permissions", permissions),
          null);
    }

    /** @param permissions effective permissions the relation needs @return a copy with them */
    public Relation effectivePermissions(EffectivePermissionCollection permissions) {
      if (raw != null) {
        throw new IllegalArgumentException("a relation filters raw or effective permissions, not both");
      }
      return new Relation(node, none, direction, through, avoiding, null,
          Arguments.requireNonNull("permissions", permissions));
    }

    RelatesToSpec toSpec() {
      RelatesToSpec spec = new RelatesToSpec().nodeTypes(new NodeSpecCollection().nodes(List.of(node.toSpec())));
      if (none) {
        spec.noRelation(true);
      }
      if (direction != null) {
        spec.direction(direction);
      }
      if (through != null) {
        spec.requiredIntermediateNodeTypes(new NodeSpecCollection().nodes(List.of(through.toSpec())));
      }
      if (avoiding != null) {
        spec.avoidedIntermediateNodeTypes(new NodeSpecCollection().nodes(List.of(avoiding.toSpec())));
      }
      spec.rawPermissions(raw);
      spec.effectivePermissions(effective);
      return spec;
    }

    @Override
    public RelatesToExp toExpression() {
      return new RelatesToExp().specs(List.of(toSpec()));
    }
  }

  private static final class Group extends RelatesTo {
    private final Operator operator;
    private final AndOperatorType andType;
    private final List<RelatesTo> members;

    Group(Operator operator, AndOperatorType andType, RelatesTo... members) {
      Arguments.requireNonNull("members", members);
      if (members.length == 0) {
        throw new IllegalArgumentException("members must not be empty");
      }
      for (RelatesTo member : members) {
        Arguments.requireNonNull("member", member);
      }
      this.operator = operator;
      this.andType = andType;
      this.members = List.of(members);
    }

    @Override
    public RelatesToExp toExpression() {
      List<RelatesToSpec> specs = new ArrayList<>();
      List<RelatesToExp> children = new ArrayList<>();
      for (RelatesTo member : members) {
        if (member instanceof Relation) {
          specs.add(((Relation) member).toSpec());
        } else {
          children.add(member.toExpression());
        }
      }
      RelatesToExp expression = new RelatesToExp().operator(operator).andOpType(andType);
      if (!specs.isEmpty()) {
        expression.specs(specs);
      }
      if (!children.isEmpty()) {
        expression.childExpressions(children);
      }
      return expression;
    }
  }
}
