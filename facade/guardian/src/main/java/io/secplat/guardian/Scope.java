package io.secplat.guardian;

import io.secplat.core.Arguments;

/**
 * What a report, count or listing covers: the whole organisation, one environment, one node group
 * or one node. Guardian takes these as {@code environment_id}, {@code node_group_id} and
 * {@code node_id}, several operations accepting exactly one of them.
 *
 * <pre>{@code
 * guardian.nodes().statusCounts(Scope.environment(30));
 * }</pre>
 */
public final class Scope {
  private static final Scope ORGANISATION = new Scope(Kind.ORGANISATION, 0);

  private final Kind kind;
  private final long id;

  /** What the scope is. */
  public enum Kind {
    /** The whole organisation. */
    ORGANISATION,
    /** One environment. */
    ENVIRONMENT,
    /** One node group. */
    NODE_GROUP,
    /** One node. */
    NODE
  }

  private Scope(Kind kind, long id) {
    this.kind = kind;
    this.id = id;
  }

  /**
   * The whole organisation, e.g. {@code Scope.organisation()}.
   *
   * @return the scope
   */
  public static Scope organisation() {
    return ORGANISATION;
  }

  /**
   * One environment, e.g. {@code Scope.environment(30)}.
   *
   * @param environmentId the environment's id
   * @return the scope
   */
  public static Scope environment(long environmentId) {
    return new Scope(Kind.ENVIRONMENT, Ids.id("environmentId", environmentId));
  }

  /**
   * One node group, e.g. {@code Scope.nodeGroup(1)}.
   *
   * @param nodeGroupId the node group's id
   * @return the scope
   */
  public static Scope nodeGroup(long nodeGroupId) {
    return new Scope(Kind.NODE_GROUP, Ids.id("nodeGroupId", nodeGroupId));
  }

  /**
   * One node, e.g. {@code Scope.node(311)}.
   *
   * @param nodeId the node's id
   * @return the scope
   */
  public static Scope node(long nodeId) {
    return new Scope(Kind.NODE, Ids.id("nodeId", nodeId));
  }

  /** @return what the scope is, e.g. {@code Kind.NODE} */
  public Kind kind() {
    return kind;
  }

  /** @return the environment's id when this is an environment scope, else null */
  Long environmentId() {
    return kind == Kind.ENVIRONMENT ? id : null;
  }

  /** @return the node group's id when this is a node group scope, else null */
  Long nodeGroupId() {
    return kind == Kind.NODE_GROUP ? id : null;
  }

  /** @return the node's id when this is a node scope, else null */
  Long nodeId() {
    return kind == Kind.NODE ? id : null;
  }

  /** Refuses a missing scope, or one of a kind the operation does not take, naming both. */
  static Scope require(Scope scope, String name, String operation, Kind... allowed) {
    Arguments.requireNonNull(name, scope);
    for (Kind kind : allowed) {
      if (scope.kind == kind) {
        return scope;
      }
    }
    throw new IllegalArgumentException(name + " of " + operation + " must be one of " + java.util.Arrays.toString(allowed)
        + ", was " + scope.kind);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Scope && ((Scope) other).kind == kind && ((Scope) other).id == id;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Long.hashCode(id);
  }

  @Override
  public String toString() {
    return kind == Kind.ORGANISATION ? "Scope[organisation]" : "Scope[" + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id + "]";
  }
}
